package io.edubureau.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.org.UnitMoved;
import io.edubureau.platform.Actor;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Paging;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Branch committee elections at term end (支部委员会换届选举, BranchElectionRule): each ballot is
 * recorded with its outcome, valid or not, as history; the ballot that fills the last
 * seat writes the new committee's secretary and term to the branch. Scoped by the
 * branch's unit.
 */
@Service
class BranchElections {

	static final String ELECTION = "party.election";

	private static final int MAX_SEATS = 15;

	private final PartyManagement party;

	private final BranchElectionRepository elections;

	private final PartyOrganisationRepository organisations;

	private final PartyMembershipRepository memberships;

	private final AuditManagement audit;

	private final ReasonWords words;

	BranchElections(PartyManagement party, BranchElectionRepository elections,
			PartyOrganisationRepository organisations, PartyMembershipRepository memberships, AuditManagement audit,
			ReasonWords words) {
		this.party = party;
		this.elections = elections;
		this.organisations = organisations;
		this.memberships = memberships;
		this.audit = audit;
		this.words = words;
	}

	@EventListener
	void on(UnitMoved moved) {
		elections.moveUnitPaths(moved.oldPath(), moved.newPath());
	}

	/** Ballots in scope, optionally of one branch, latest first. */
	@Transactional(readOnly = true)
	Page<ElectionView> elections(DataScope scope, Long organisationId, int page, int size, Locale locale,
			boolean forPage) {
		Specification<BranchElection> where = party.within(scope);
		if (organisationId != null) {
			where = where.and((root, q, cb) -> cb.equal(root.get("organisationId"), organisationId));
		}
		return elections
			.findAll(where,
					Paging.request(page, size, PartyManagement.MAX_PAGE_SIZE,
							Sort.by(Sort.Direction.DESC, "heldOn", "id")))
			.map(e -> view(e, locale, forPage));
	}

	@Transactional(readOnly = true)
	ElectionView election(DataScope scope, long id, Locale locale) {
		return view(found(scope, id), locale, false);
	}

	private BranchElection found(DataScope scope, long id) {
		return elections.findOne(party.<BranchElection>within(scope).and((root, q, cb) -> cb.equal(root.get("id"), id)))
			.orElseThrow(() -> new NotFound("party election " + id));
	}

	/**
	 * Records a ballot and decides it. A ballot that leaves no seat (with the ones before
	 * it) completes the committee: the secretary must be one of those elected; the term
	 * runs from the day for the term years of the rule.
	 */
	@Transactional
	ElectionView record(DataScope scope, PartyForms.ElectionForm form, Locale locale, boolean forPage) {
		List<Problem> problems = new ArrayList<>();
		if (form.organisationId() == null) {
			problems.add(new Problem("organisationId", "party.required"));
		}
		if (form.term() == null || form.term() < 1 || form.term() > 100) {
			problems.add(new Problem("term", "party.election.termInvalid"));
		}
		if (form.heldOn() == null) {
			problems.add(new Problem("heldOn", "party.required"));
		}
		else if (form.heldOn().isAfter(party.today())) {
			problems.add(new Problem("heldOn", "party.date.future", form.heldOn().toString()));
		}
		if (form.seats() == null || form.seats() < 1 || form.seats() > MAX_SEATS) {
			problems.add(new Problem("seats", "party.election.seats", MAX_SEATS));
		}
		if (form.entitled() == null || form.entitled() < 1) {
			problems.add(new Problem("entitled", "party.election.entitled"));
		}
		if (form.present() == null || form.present() < 0
				|| (form.entitled() != null && form.present() > form.entitled())) {
			problems.add(new Problem("present", "party.election.present"));
		}
		List<PartyForms.CandidateVotes> given = form.candidates() == null ? List.of() : form.candidates();
		if (given.isEmpty()) {
			problems.add(new Problem("candidates", "party.election.noCandidates"));
		}
		Set<Long> seen = new HashSet<>();
		long sum = 0;
		for (PartyForms.CandidateVotes c : given) {
			if (c == null || c.membershipId() == null) {
				problems.add(new Problem("candidates", "party.election.candidateMissing"));
				continue;
			}
			if (!seen.add(c.membershipId())) {
				problems.add(new Problem("candidates", "party.election.twice", c.membershipId()));
			}
			if (c.votes() == null || c.votes() < 0 || (form.present() != null && c.votes() > form.present())) {
				problems.add(new Problem("candidates", "party.election.votesRange", String.valueOf(c.votes()),
						String.valueOf(form.present())));
			}
			else {
				sum += c.votes();
			}
		}
		if (problems.isEmpty() && sum > (long) form.present() * form.seats()) {
			problems
				.add(new Problem("candidates", "party.election.votesOverPresent", sum, form.present(), form.seats()));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		PartyOrganisation branch = organisations
			.findOne(party.<PartyOrganisation>within(scope)
				.and((root, q, cb) -> cb.equal(root.get("id"), form.organisationId())))
			.orElseThrow(() -> new NotFound("party organisation " + form.organisationId()));
		if (branch.getKind() != OrganisationKind.BRANCH || !branch.isActive()) {
			throw new Rejection("organisationId", "party.transfer.noBranch", branch.getName());
		}
		// Another round (另行选举) fills the seats the ballot before left.
		BranchElection previous = null;
		List<Long> electedBefore = new ArrayList<>();
		int round = 1;
		if (form.previousId() != null) {
			previous = found(scope, form.previousId());
			if (!previous.getOrganisationId().equals(branch.getId()) || previous.getTerm() != form.term()
					|| !previous.isValid() || previous.getSeatsLeft() == 0
					|| elections.findByPreviousId(previous.getId()).isPresent()) {
				throw new Rejection("previousId", "party.election.noRoundLeft", previous.getId());
			}
			if (form.heldOn().isBefore(previous.getHeldOn())) {
				throw new Rejection("heldOn", "party.election.beforePrevious", form.heldOn().toString(),
						previous.getHeldOn().toString());
			}
			if (form.seats() != previous.getSeatsLeft()) {
				throw new Rejection("seats", "party.election.seatsLeft", form.seats(), previous.getSeatsLeft());
			}
			electedBefore = electedUpTo(previous);
			round = previous.getRound() + 1;
		}
		List<BranchElection.Candidate> candidates = new ArrayList<>();
		for (PartyForms.CandidateVotes c : given) {
			PartyMembership m = memberships.findById(c.membershipId())
				.filter(x -> x.getOrganisationId().equals(branch.getId()) && x.openOn(form.heldOn()))
				.orElseThrow(() -> new Rejection("candidates", "party.election.notMember", c.membershipId(),
						branch.getName(), form.heldOn().toString()));
			if (electedBefore.contains(m.getId())) {
				throw new Rejection("candidates", "party.election.alreadyElected", m.getPersonName());
			}
			candidates
				.add(new BranchElection.Candidate(m.getId(), m.getStaffId(), m.getPersonName(), c.votes(), false));
		}
		BranchElectionRule.Outcome outcome = BranchElectionRule.decide(form.seats(), form.entitled(), form.present(),
				candidates.stream()
					.map(c -> new BranchElectionRule.Ballot(c.membershipId(), c.personName(), c.votes()))
					.toList());
		List<BranchElection.Candidate> marked = candidates.stream()
			.map(c -> new BranchElection.Candidate(c.membershipId(), c.staffId(), c.personName(), c.votes(),
					outcome.elected().contains(c.membershipId())))
			.toList();
		boolean complete = outcome.valid() && outcome.seatsLeft() == 0;
		BranchElection.Candidate secretary = null;
		if (complete) {
			List<Long> committee = new ArrayList<>(electedBefore);
			committee.addAll(outcome.elected());
			if (form.secretaryMembershipId() == null || !committee.contains(form.secretaryMembershipId())) {
				throw new Rejection("secretaryMembershipId", "party.election.secretary");
			}
			secretary = marked.stream()
				.filter(c -> c.membershipId().equals(form.secretaryMembershipId()))
				.findFirst()
				.orElseGet(() -> {
					PartyMembership m = memberships.findById(form.secretaryMembershipId()).orElseThrow();
					return new BranchElection.Candidate(m.getId(), m.getStaffId(), m.getPersonName(), 0, true);
				});
		}
		BranchElection e = new BranchElection(branch, form.term(), round, previous == null ? null : previous.getId(),
				form.heldOn(), form.seats(), form.entitled(), form.present(), outcome.valid(), outcome.seatsLeft(),
				marked, Actor.current());
		LocalDate termEnd = form.heldOn().plusYears(BranchElectionRule.TERM_YEARS);
		if (secretary != null) {
			e.complete(secretary.membershipId(), secretary.personName(), form.heldOn(), termEnd);
		}
		e = elections.save(e);
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("organisation", branch.getName());
		values.put("term", form.term());
		values.put("round", round);
		values.put("heldOn", form.heldOn());
		values.put("seats", form.seats());
		values.put("entitled", form.entitled());
		values.put("present", form.present());
		values.put("valid", outcome.valid());
		values.put("elected",
				marked.stream()
					.filter(BranchElection.Candidate::elected)
					.map(BranchElection.Candidate::personName)
					.toList()
					.toString());
		values.put("seatsLeft", outcome.seatsLeft());
		audit.record(AuditAction.CREATE, ELECTION, e.getId(), branch.getName(), Change.created(values));
		if (secretary != null) {
			List<Change> changes = List.of(new Change("secretary", branch.getSecretaryName(), secretary.personName()),
					new Change("termStart", null, form.heldOn().toString()), new Change("termEnd",
							branch.getTermEnd() == null ? null : branch.getTermEnd().toString(), termEnd.toString()));
			branch.committeeElected(secretary.staffId(), secretary.personName(), form.heldOn(), termEnd, e.getId());
			audit.record(AuditAction.UPDATE, PartyManagement.ORGANISATION, branch.getId(), branch.getName(), changes);
		}
		return view(e, locale, forPage);
	}

	// Everyone elected in the ballots of the chain up to this one.
	private List<Long> electedUpTo(BranchElection last) {
		List<Long> elected = new ArrayList<>();
		BranchElection e = last;
		while (e != null) {
			e.getCandidates()
				.stream()
				.filter(BranchElection.Candidate::elected)
				.forEach(c -> elected.add(c.membershipId()));
			e = e.getPreviousId() == null ? null : elections.findById(e.getPreviousId()).orElse(null);
		}
		return elected;
	}

	private List<String> namesUpTo(BranchElection last) {
		List<String> names = new ArrayList<>();
		BranchElection e = last;
		while (e != null) {
			List<String> here = e.getCandidates()
				.stream()
				.filter(BranchElection.Candidate::elected)
				.map(BranchElection.Candidate::personName)
				.toList();
			names.addAll(0, here);
			e = e.getPreviousId() == null ? null : elections.findById(e.getPreviousId()).orElse(null);
		}
		return names;
	}

	// Pages word the reasons with their source alone; the API with the rule's code too.
	private ElectionView view(BranchElection e, Locale locale, boolean forPage) {
		BranchElectionRule.Outcome outcome = BranchElectionRule.decide(e.getSeats(), e.getEntitled(), e.getPresent(),
				e.ballots());
		boolean complete = e.getTermStart() != null;
		String name = party.organisationNamesOf(List.of(e.getOrganisationId())).get(e.getOrganisationId());
		return new ElectionView(e.getId(), e.getOrganisationId(), name, e.getTerm(), e.getRound(), e.getPreviousId(),
				e.getHeldOn(), e.getSeats(), e.getEntitled(), e.getPresent(), e.isValid(),
				e.getCandidates()
					.stream()
					.map(c -> new ElectionView.CandidateView(c.membershipId(), c.staffId(), c.personName(), c.votes(),
							c.elected()))
					.toList(),
				e.getSeatsLeft(), complete, complete ? namesUpTo(e) : List.of(), e.getSecretaryName(), e.getTermStart(),
				e.getTermEnd(), e.getRecordedBy(),
				forPage ? words.page(outcome.reasons(), locale) : words.api(outcome.reasons(), locale));
	}

}
