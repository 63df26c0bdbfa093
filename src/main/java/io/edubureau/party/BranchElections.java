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
import io.edubureau.staff.PoliticalStatus;
import io.edubureau.staff.StaffManagement;

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

	private static final String NO_RIGHT_OBSERVED = "party.election.noRight.observed";

	private static final String NO_RIGHT_PROBATIONARY = "party.election.noRight.probationary";

	private final PartyManagement party;

	private final BranchElectionRepository elections;

	private final PartyOrganisationRepository organisations;

	private final PartyMembershipRepository memberships;

	private final AuditManagement audit;

	private final ReasonWords words;

	private final PartyDevelopmentRepository developments;

	private final StaffManagement staff;

	BranchElections(PartyManagement party, BranchElectionRepository elections,
			PartyOrganisationRepository organisations, PartyMembershipRepository memberships, AuditManagement audit,
			ReasonWords words, PartyDevelopmentRepository developments, StaffManagement staff) {
		this.party = party;
		this.elections = elections;
		this.organisations = organisations;
		this.memberships = memberships;
		this.audit = audit;
		this.words = words;
		this.developments = developments;
		this.staff = staff;
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
		boolean preliminary = Boolean.TRUE.equals(form.preliminary());
		if (preliminary && form.previousId() != null) {
			problems.add(new Problem("previousId", "party.election.preliminaryFirst"));
		}
		if (preliminary && (form.formalCount() == null || form.formalCount() < 2 || form.formalCount() > MAX_SEATS * 2
				|| (form.seats() != null && form.formalCount() <= form.seats()))) {
			problems.add(new Problem("formalCount", "party.election.formalCount", MAX_SEATS * 2));
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
		// Each voter marks at most the seats, or in a preliminary election the places.
		int marks = preliminary && form.formalCount() != null ? form.formalCount()
				: form.seats() == null ? 0 : form.seats();
		if (problems.isEmpty() && sum > (long) form.present() * marks) {
			problems.add(new Problem("candidates", "party.election.votesOverPresent", sum, form.present(), marks));
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
		List<Long> formalList = null;
		int round = 1;
		if (form.previousId() != null && found(scope, form.previousId()).isPreliminary()) {
			// The formal election after a preliminary one: its candidates are the formal
			// list.
			previous = found(scope, form.previousId());
			if (!previous.getOrganisationId().equals(branch.getId()) || previous.getTerm() != form.term()
					|| !previous.isValid() || elections.findByPreviousId(previous.getId()).isPresent()) {
				throw new Rejection("previousId", "party.election.noFormalLeft", previous.getId());
			}
			if (form.heldOn().isBefore(previous.getHeldOn())) {
				throw new Rejection("heldOn", "party.election.beforePrevious", form.heldOn().toString(),
						previous.getHeldOn().toString());
			}
			if (form.seats() != previous.getSeats()) {
				throw new Rejection("seats", "party.election.seatsLeft", form.seats(), previous.getSeats());
			}
			formalList = previous.getCandidates()
				.stream()
				.filter(BranchElection.Candidate::elected)
				.map(BranchElection.Candidate::membershipId)
				.toList();
		}
		else if (form.previousId() != null) {
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
		entitledOnRoll(scope, branch, form);
		List<BranchElection.Candidate> candidates = new ArrayList<>();
		for (PartyForms.CandidateVotes c : given) {
			PartyMembership m = memberships.findById(c.membershipId())
				.filter(x -> x.getOrganisationId().equals(branch.getId()) && x.openOn(form.heldOn()))
				.orElseThrow(() -> new Rejection("candidates", "party.election.notMember", c.membershipId(),
						branch.getName(), form.heldOn().toString()));
			if (formalList != null && !formalList.contains(m.getId())) {
				throw new Rejection("candidates", "party.election.notOnFormalList", m.getPersonName());
			}
			if (electedBefore.contains(m.getId())) {
				throw new Rejection("candidates", "party.election.alreadyElected", m.getPersonName());
			}
			String noRight = noRight(scope, m, form.heldOn());
			if (noRight != null) {
				throw new Rejection("candidates", noRight + ".stand", m.getPersonName(), form.heldOn().toString());
			}
			candidates
				.add(new BranchElection.Candidate(m.getId(), m.getStaffId(), m.getPersonName(), c.votes(), false));
		}
		List<BranchElectionRule.Ballot> ballots = candidates.stream()
			.map(c -> new BranchElectionRule.Ballot(c.membershipId(), c.personName(), c.votes()))
			.toList();
		BranchElectionRule.Outcome outcome;
		if (preliminary) {
			// A preliminary election: "elected" marks those on the formal list.
			BranchElectionRule.Preliminary p = BranchElectionRule.preliminary(form.formalCount(), form.seats(),
					form.entitled(), form.present(), ballots);
			outcome = new BranchElectionRule.Outcome(p.valid(), p.passed(), p.placesLeft(), p.reasons());
		}
		else {
			outcome = BranchElectionRule.decide(form.seats(), form.entitled(), form.present(), ballots);
		}
		List<BranchElection.Candidate> marked = candidates.stream()
			.map(c -> new BranchElection.Candidate(c.membershipId(), c.staffId(), c.personName(), c.votes(),
					outcome.elected().contains(c.membershipId())))
			.toList();
		boolean complete = !preliminary && outcome.valid() && outcome.seatsLeft() == 0;
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
		if (preliminary) {
			e.preliminaryFor(form.formalCount());
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
		values.put("preliminary", preliminary);
		values.put("formalCount", form.formalCount());
		values.put("secretary", secretary == null ? null : secretary.personName());
		// A complete committee waits for the higher organisation: the branch keeps its
		// own.
		values.put("approval", e.getApproval());
		audit.record(AuditAction.CREATE, ELECTION, e.getId(), branch.getName(), Change.created(values));
		return view(e, locale, forPage);
	}

	/**
	 * The quorum counts only those entitled (基层组织选举工作条例 第五条): those entitled may not
	 * exceed the members of the branch on the day with the right to vote (预备党员 and
	 * members under 留党察看 have none); the voters, when named, are each such a member and
	 * as many as those present.
	 */
	private void entitledOnRoll(DataScope scope, PartyOrganisation branch, PartyForms.ElectionForm form) {
		List<PartyMembership> roll = memberships.findAll(Memberships.openOn(form.heldOn())
			.and((root, q, cb) -> cb.equal(root.get("organisationId"), branch.getId())));
		int probationary = 0;
		int observed = 0;
		for (PartyMembership m : roll) {
			String why = noRight(scope, m, form.heldOn());
			if (NO_RIGHT_OBSERVED.equals(why)) {
				observed++;
			}
			else if (why != null) {
				probationary++;
			}
		}
		int withRight = roll.size() - probationary - observed;
		if (form.entitled() > withRight) {
			throw new Rejection("entitled", "party.election.entitledOverRoll", form.entitled(), withRight,
					form.heldOn().toString(), probationary, observed);
		}
		if (form.voterMembershipIds() == null || form.voterMembershipIds().isEmpty()) {
			return;
		}
		Set<Long> voters = new HashSet<>();
		for (Long id : form.voterMembershipIds()) {
			PartyMembership m = roll.stream()
				.filter(x -> x.getId().equals(id))
				.findFirst()
				.orElseThrow(() -> new Rejection("voterMembershipIds", "party.election.notMember", id, branch.getName(),
						form.heldOn().toString()));
			String why = noRight(scope, m, form.heldOn());
			if (why != null) {
				throw new Rejection("voterMembershipIds", why + ".vote", m.getPersonName(), form.heldOn().toString());
			}
			voters.add(id);
		}
		if (voters.size() != form.present()) {
			throw new Rejection("present", "party.election.votersPresent", voters.size(), form.present());
		}
	}

	/**
	 * Why a member has no right to vote or stand on the day (条例 第五条), as a message key,
	 * or null: under 留党察看 on the day; probationary (预备党员) on the day — from the spell for
	 * a member who is not staff, the development pipeline when it has the approval, else
	 * the staff file's political status (today's).
	 */
	private String noRight(DataScope scope, PartyMembership m, LocalDate day) {
		if (m.observedOn(day)) {
			return NO_RIGHT_OBSERVED;
		}
		if (m.probationaryOn(day)) {
			return NO_RIGHT_PROBATIONARY;
		}
		if (m.getStaffId() == null) {
			return null;
		}
		List<PartyDevelopment> pipelines = developments.findByStaffId(m.getStaffId())
			.stream()
			.filter(d -> d.getApprovedOn() != null)
			.toList();
		if (!pipelines.isEmpty()) {
			boolean probationary = pipelines.stream()
				.anyMatch(d -> d.getConvertedOn() == null || d.getConvertedOn().isAfter(day));
			return probationary ? NO_RIGHT_PROBATIONARY : null;
		}
		try {
			return staff.get(scope, m.getStaffId()).politicalStatus() == PoliticalStatus.PROBATIONARY_MEMBER
					? NO_RIGHT_PROBATIONARY : null;
		}
		catch (NotFound ex) {
			// A member of a branch in scope whose file lies outside it: no status to
			// read.
			return null;
		}
	}

	/**
	 * The meeting reduces the seats to those elected instead of another round (减少名额，不再
	 * 选举): only on the last ballot of a chain that left seats, with no round after it,
	 * when BranchElectionRule.reduce allows it (else 422 with its reasons, nothing
	 * written); the committee is then complete with the secretary among those elected.
	 */
	@Transactional
	ElectionView reduce(DataScope scope, long id, PartyForms.ReduceForm form, Locale locale, boolean forPage) {
		BranchElection e = found(scope, id);
		if (form.agreed() == null || form.agreed() < 0 || form.agreed() > e.getPresent()) {
			throw new Rejection("agreed", "party.election.agreedRange", String.valueOf(form.agreed()), e.getPresent());
		}
		if (!e.isValid() || e.getSeatsLeft() == 0 || e.getTermStart() != null || e.getReducedAgreed() != null
				|| elections.findByPreviousId(e.getId()).isPresent()) {
			throw new Rejection("id", "party.election.noRoundLeft", e.getId());
		}
		List<Long> committee = electedUpTo(e);
		BranchElectionRule.Reduction r = BranchElectionRule.reduce(committee.size(), e.getSeatsLeft(), e.getPresent(),
				form.agreed());
		if (!r.allowed()) {
			throw new Rejection(
					r.refused().stream().map(x -> new Problem("agreed", x.messageKey(), x.args().toArray())).toList());
		}
		if (form.secretaryMembershipId() == null || !committee.contains(form.secretaryMembershipId())) {
			throw new Rejection("secretaryMembershipId", "party.election.secretary");
		}
		PartyOrganisation branch = organisations.findById(e.getOrganisationId()).orElseThrow();
		PartyMembership secretary = memberships.findById(form.secretaryMembershipId()).orElseThrow();
		LocalDate termEnd = e.getHeldOn().plusYears(BranchElectionRule.TERM_YEARS);
		e.reduced(form.agreed());
		e.complete(secretary.getId(), secretary.getPersonName(), e.getHeldOn(), termEnd);
		audit.record(AuditAction.UPDATE, ELECTION, e.getId(), branch.getName(),
				List.of(new Change("reducedAgreed", null, String.valueOf(form.agreed())),
						new Change("seats", String.valueOf(committee.size() + e.getSeatsLeft()),
								String.valueOf(committee.size())),
						new Change("secretary", null, secretary.getPersonName()),
						new Change("approval", null, e.getApproval())));
		return view(e, locale, forPage);
	}

	/**
	 * The higher Party organisation's answer (批复) to a complete committee (基层组织选举工作条例
	 * 2020: the committee's members, secretary and deputy are reported to the higher
	 * Party organisation for approval): only a committee waiting for it; only a user
	 * whose scope reaches above the branch — the branch's parent organisation when it has
	 * one, else a unit other than the branch's own (the bureau's 党委); the day not before
	 * the election nor in the future; a reason when returned. Approved, the branch gets
	 * the secretary and the term; returned, the branch keeps its committee. Audited.
	 */
	@Transactional
	ElectionView answer(DataScope scope, long id, PartyForms.ApprovalForm form, Locale locale, boolean forPage) {
		BranchElection e = found(scope, id);
		PartyOrganisation branch = organisations.findById(e.getOrganisationId()).orElseThrow();
		boolean higher = branch.getParentId() != null
				? organisations
					.findOne(party.<PartyOrganisation>within(scope)
						.and((root, q, cb) -> cb.equal(root.get("id"), branch.getParentId())))
					.isPresent()
				: scope.kind() == io.edubureau.org.ScopeKind.ALL
						|| (scope.unitId() != null && !scope.unitId().equals(branch.getUnitId()));
		if (!higher) {
			throw new Rejection("id", "party.election.approval.notHigher", branch.getName());
		}
		if (!BranchElection.PENDING.equals(e.getApproval())) {
			throw new Rejection("id", "party.election.approval.notPending", e.getId());
		}
		List<Problem> problems = new ArrayList<>();
		if (form.approved() == null) {
			problems.add(new Problem("approved", "party.required"));
		}
		if (form.on() == null) {
			problems.add(new Problem("on", "party.required"));
		}
		else if (form.on().isAfter(party.today())) {
			problems.add(new Problem("on", "party.date.future", form.on().toString()));
		}
		else if (form.on().isBefore(e.getHeldOn())) {
			problems.add(
					new Problem("on", "party.election.beforePrevious", form.on().toString(), e.getHeldOn().toString()));
		}
		String note = form.note() == null ? null : form.note().strip();
		if (note != null && note.length() > 200) {
			problems.add(new Problem("note", "party.election.approval.noteLength", 200));
		}
		if (Boolean.FALSE.equals(form.approved()) && (note == null || note.isEmpty())) {
			problems.add(new Problem("note", "party.election.approval.reason"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		e.answered(form.approved(), form.on(), Actor.current(), note == null || note.isEmpty() ? null : note);
		audit.record(AuditAction.UPDATE, ELECTION, e.getId(), branch.getName(),
				List.of(new Change("approval", BranchElection.PENDING, e.getApproval()),
						new Change("approvalOn", null, form.on().toString()), new Change("approvalNote", null, note)));
		if (form.approved()) {
			PartyMembership secretary = memberships.findById(e.getSecretaryMembershipId()).orElseThrow();
			List<Change> changes = List.of(
					new Change("secretary", branch.getSecretaryName(), secretary.getPersonName()),
					new Change("termStart", null, e.getTermStart().toString()),
					new Change("termEnd", branch.getTermEnd() == null ? null : branch.getTermEnd().toString(),
							e.getTermEnd().toString()));
			branch.committeeElected(secretary.getStaffId(), secretary.getPersonName(), e.getTermStart(), e.getTermEnd(),
					e.getId());
			audit.record(AuditAction.UPDATE, PartyManagement.ORGANISATION, branch.getId(), branch.getName(), changes);
		}
		return view(e, locale, forPage);
	}

	// Everyone elected in the ballots of the chain up to this one.
	private List<Long> electedUpTo(BranchElection last) {
		List<Long> elected = new ArrayList<>();
		BranchElection e = last;
		while (e != null && !e.isPreliminary()) {
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
		while (e != null && !e.isPreliminary()) {
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
		List<io.edubureau.rules.Reason> reasons = new ArrayList<>(e.isPreliminary()
				? BranchElectionRule
					.preliminary(e.getFormalCount(), e.getSeats(), e.getEntitled(), e.getPresent(), e.ballots())
					.reasons()
				: BranchElectionRule.decide(e.getSeats(), e.getEntitled(), e.getPresent(), e.ballots()).reasons());
		if (e.getReducedAgreed() != null) {
			int elected = electedUpTo(e).size();
			reasons.addAll(BranchElectionRule.reduce(elected, e.getSeatsLeft(), e.getPresent(), e.getReducedAgreed())
				.reasons());
		}
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
				e.getTermEnd(), e.getRecordedBy(), forPage ? words.page(reasons, locale) : words.api(reasons, locale),
				e.getReducedAgreed(), e.isPreliminary(), e.getFormalCount(), e.getApproval(),
				e.getApproval() == null ? null : words.word("party.election.approval." + e.getApproval(), locale),
				e.getApprovalOn(), e.getApprovalBy(), e.getApprovalNote());
	}

}
