package io.edubureau.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.ScopeKind;
import io.edubureau.org.UnitMoved;
import io.edubureau.platform.Actor;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Paging;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Branch membership and 组织关系转接 (MembershipTransfer). A member is in one branch a day: a
 * spell is closed on the day the member leaves and the next begins that day or later.
 * Memberships are scoped by their branch's unit; a transfer is seen from either end.
 */
@Service
class Memberships {

	static final String MEMBERSHIP = "party.membership";

	static final String TRANSFER = "party.transfer";

	private final PartyManagement party;

	private final MemberRecords members;

	private final PartyMembershipRepository memberships;

	private final MembershipTransferRepository transfers;

	private final PartyOrganisationRepository organisations;

	private final OrgManagement org;

	private final StaffManagement staff;

	private final AuditManagement audit;

	Memberships(PartyManagement party, MemberRecords members, PartyMembershipRepository memberships,
			MembershipTransferRepository transfers, PartyOrganisationRepository organisations, OrgManagement org,
			StaffManagement staff, AuditManagement audit) {
		this.party = party;
		this.members = members;
		this.memberships = memberships;
		this.transfers = transfers;
		this.organisations = organisations;
		this.org = org;
		this.staff = staff;
		this.audit = audit;
	}

	@EventListener
	void on(UnitMoved moved) {
		memberships.moveUnitPaths(moved.oldPath(), moved.newPath());
		transfers.moveFromPaths(moved.oldPath(), moved.newPath());
		transfers.moveToPaths(moved.oldPath(), moved.newPath());
	}

	// ---- memberships

	/**
	 * Spells in scope: of one member (all their history) or, else, open on the day,
	 * optionally of one branch.
	 */
	@Transactional(readOnly = true)
	Page<MembershipView> memberships(DataScope scope, Long organisationId, Long staffId, LocalDate on, int page,
			int size) {
		Specification<PartyMembership> where = party.within(scope);
		if (organisationId != null) {
			where = where.and((root, q, cb) -> cb.equal(root.get("organisationId"), organisationId));
		}
		if (staffId != null) {
			where = where.and((root, q, cb) -> cb.equal(root.get("staffId"), staffId));
		}
		else {
			LocalDate day = on == null ? party.today() : on;
			where = where.and(openOn(day));
		}
		Page<PartyMembership> found = memberships.findAll(where, Paging.request(page, size,
				PartyManagement.MAX_PAGE_SIZE, Sort.by("organisationId", "personName", "fromDate", "id")));
		Map<Long, String> names = party
			.organisationNamesOf(found.getContent().stream().map(PartyMembership::getOrganisationId).toList());
		return found.map(m -> m.toView(names.get(m.getOrganisationId())));
	}

	static Specification<PartyMembership> openOn(LocalDate day) {
		return (root, q, cb) -> cb.and(cb.lessThanOrEqualTo(root.get("fromDate"), day),
				cb.or(cb.isNull(root.get("untilDate")), cb.greaterThan(root.get("untilDate"), day)));
	}

	/**
	 * Opens a spell in the branch that covers each Party member among the active staff in
	 * scope who has none open yet: the branch on the member's unit or the nearest above
	 * it (the unit mapping the roster used to derive). Members with no branch above them
	 * stay unplaced and are counted.
	 */
	@Transactional
	Map<String, Integer> seed(DataScope scope, LocalDate on) {
		List<PartyOrganisation> branches = organisations.findAll(party.<PartyOrganisation>within(DataScope.all())
			.and((root, q, cb) -> cb.equal(root.get("kind"), OrganisationKind.BRANCH))
			.and((root, q, cb) -> cb.isTrue(root.get("active"))));
		int created = 0;
		int unplaced = 0;
		for (StaffView p : members.members(scope)) {
			// Anyone with a spell already (open or closed by a transfer) keeps their
			// history.
			if (!memberships.findByStaffIdOrderByFromDate(p.id()).isEmpty()) {
				continue;
			}
			Optional<PartyOrganisation> branch = covering(branches, org.pathOf(p.unitId()).orElse(null));
			if (branch.isEmpty()) {
				unplaced++;
				continue;
			}
			LocalDate from = p.partyJoinDate() != null && p.partyJoinDate().isBefore(on) ? p.partyJoinDate() : on;
			PartyMembership m = memberships.save(new PartyMembership(branch.get(), p.id(), p.name(), null, false, from,
					PartyMembership.Joined.SEEDED, null, Actor.current()));
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("organisation", branch.get().getName());
			values.put("from", from);
			values.put("joinedBy", PartyMembership.Joined.SEEDED);
			audit.record(AuditAction.CREATE, MEMBERSHIP, m.getId(), p.name(), Change.created(values));
			created++;
		}
		Map<String, Integer> result = new LinkedHashMap<>();
		result.put("created", created);
		result.put("unplaced", unplaced);
		return result;
	}

	// The branch on the unit or the nearest above it: the longest path prefix.
	static Optional<PartyOrganisation> covering(List<PartyOrganisation> branches, String unitPath) {
		if (unitPath == null) {
			return Optional.empty();
		}
		return branches.stream()
			.filter(b -> unitPath.startsWith(b.getUnitPath()))
			.max(Comparator.comparingInt((PartyOrganisation b) -> b.getUnitPath().length())
				.thenComparing(PartyOrganisation::getId, Comparator.reverseOrder()));
	}

	/**
	 * A member who is not staff (a retired member placed under a bureau branch), from a
	 * day.
	 */
	@Transactional
	MembershipView addNonStaff(DataScope scope, PartyForms.NonStaffMemberForm form) {
		List<Problem> problems = new ArrayList<>();
		String name = text(form.personName(), "personName", 50, true, problems);
		if (form.organisationId() == null) {
			problems.add(new Problem("organisationId", "party.required"));
		}
		if (form.birthDate() == null) {
			problems.add(new Problem("birthDate", "party.required"));
		}
		else if (form.birthDate().isAfter(party.today().minusYears(18))) {
			problems.add(new Problem("birthDate", "party.membership.birthDate", form.birthDate().toString()));
		}
		pastOrToday(form.from(), "from", problems);
		// The probationary year (预备期) ends at most two years on, with an extension of a
		// year.
		if (form.probationaryUntil() != null && form.from() != null && (!form.probationaryUntil().isAfter(form.from())
				|| form.probationaryUntil().isAfter(party.today().plusYears(2)))) {
			problems.add(new Problem("probationaryUntil", "party.membership.probationaryUntil",
					form.probationaryUntil().toString(), form.from().toString()));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		PartyOrganisation branch = branchInScope(scope, form.organisationId(), "organisationId");
		noSpellFrom(null, name, form.birthDate(), form.from(), "from");
		boolean retired = Boolean.TRUE.equals(form.retired());
		PartyMembership spell = new PartyMembership(branch, null, name, form.birthDate(), retired, form.from(),
				PartyMembership.Joined.ADDED, null, Actor.current());
		spell.probationaryUntil(form.probationaryUntil());
		PartyMembership m = memberships.save(spell);
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("organisation", branch.getName());
		values.put("nonStaff", true);
		values.put("retired", retired);
		values.put("from", form.from());
		if (form.probationaryUntil() != null) {
			values.put("probationaryUntil", form.probationaryUntil());
		}
		audit.record(AuditAction.CREATE, MEMBERSHIP, m.getId(), name, Change.created(values));
		return m.toView(branch.getName());
	}

	/**
	 * 留党察看 of a member in scope from a day until a day (excluded): one year or two
	 * (纪律处分条例 2023: 分为留党察看一年、留党察看二年, a year's extended by one, 最长不得超过二年; 党章: 最长不超过两年);
	 * meanwhile no right to vote or stand (选举工作条例 第五条, 党章, 纪律处分条例).
	 */
	@Transactional
	MembershipView observe(DataScope scope, long id, PartyForms.ObservationForm form) {
		List<Problem> problems = new ArrayList<>();
		pastOrToday(form.from(), "from", problems);
		if (form.until() == null) {
			problems.add(new Problem("until", "party.required"));
		}
		else if (form.from() != null && !form.until().equals(form.from().plusYears(1))
				&& !form.until().equals(form.from().plusYears(2))) {
			// 纪律处分条例: 留党察看一年 or 二年 (a year's may be extended by one), never more.
			problems.add(new Problem("until", "party.membership.observationLength", form.until().toString(),
					form.from().toString()));
		}
		String note = text(form.note(), "note", 200, true, problems);
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		PartyMembership m = memberships
			.findOne(party.<PartyMembership>within(scope).and((root, q, cb) -> cb.equal(root.get("id"), id)))
			.orElseThrow(() -> new NotFound("party membership " + id));
		List<Change> changes = List.of(
				new Change("observedFrom", m.getObservedFrom() == null ? null : m.getObservedFrom().toString(),
						form.from().toString()),
				new Change("observedUntil", m.getObservedUntil() == null ? null : m.getObservedUntil().toString(),
						form.until().toString()));
		m.observe(form.from(), form.until(), note);
		audit.record(AuditAction.UPDATE, MEMBERSHIP, m.getId(), m.getPersonName(), changes);
		return m.toView(party.organisationNamesOf(List.of(m.getOrganisationId())).get(m.getOrganisationId()));
	}

	/**
	 * Every active branch, for choosing where a member goes; branch names are not
	 * personal data.
	 */
	@Transactional(readOnly = true)
	java.util.List<OrganisationView> allBranches() {
		return organisations
			.findAll((root, q, cb) -> cb.and(cb.equal(root.get("kind"), OrganisationKind.BRANCH),
					cb.isTrue(root.get("active"))), Sort.by("unitPath", "id"))
			.stream()
			.map(o -> o.toView(null))
			.toList();
	}

	// ---- 组织关系转接

	/** Transfers in scope (seen from the sending or the receiving end), latest first. */
	@Transactional(readOnly = true)
	Page<TransferView> transfers(DataScope scope, MembershipTransfer.State state, int page, int size) {
		Specification<MembershipTransfer> where = seenFrom(scope);
		if (state != null) {
			where = where.and((root, q, cb) -> cb.equal(root.get("state"), state));
		}
		Page<MembershipTransfer> found = transfers.findAll(where,
				Paging.request(page, size, PartyManagement.MAX_PAGE_SIZE, Sort.by(Sort.Direction.DESC, "id")));
		return found.map(t -> t.toView(namesOf(List.of(t))));
	}

	@Transactional(readOnly = true)
	TransferView transfer(DataScope scope, long id) {
		MembershipTransfer t = foundTransfer(scope, id);
		return t.toView(namesOf(List.of(t)));
	}

	private MembershipTransfer foundTransfer(DataScope scope, long id) {
		return transfers.findOne(seenFrom(scope).and((root, q, cb) -> cb.equal(root.get("id"), id)))
			.orElseThrow(() -> new NotFound("party transfer " + id));
	}

	// The scope on either end's copied unit path; fail-closed like
	// PartyManagement.within.
	private Specification<MembershipTransfer> seenFrom(DataScope scope) {
		if (scope.kind() == ScopeKind.ALL) {
			return (root, q, cb) -> cb.conjunction();
		}
		if (scope.kind() == ScopeKind.SELF || scope.unitId() == null) {
			return (root, q, cb) -> cb.disjunction();
		}
		if (scope.kind() == ScopeKind.UNIT) {
			return (root, q, cb) -> cb.or(cb.equal(root.get("fromUnitId"), scope.unitId()),
					cb.equal(root.get("toUnitId"), scope.unitId()));
		}
		String path = org.pathOf(scope.unitId()).orElse(null);
		return path == null ? (root, q, cb) -> cb.disjunction() : (root, q, cb) -> cb
			.or(cb.like(root.get("fromUnitPath"), path + "%"), cb.like(root.get("toUnitPath"), path + "%"));
	}

	/**
	 * Sends a member's relationship out of their branch with the letter: to a branch here
	 * (it waits for that branch to confirm) or to an organisation outside. The spell
	 * closes on the day out.
	 */
	@Transactional
	TransferView transferOut(DataScope scope, PartyForms.TransferOutForm form) {
		List<Problem> problems = new ArrayList<>();
		if (form.membershipId() == null) {
			problems.add(new Problem("membershipId", "party.required"));
		}
		String outside = text(form.outsideOrganisation(), "outsideOrganisation", 200, false, problems);
		if (form.toOrganisationId() == null && outside.isEmpty()) {
			problems.add(new Problem("toOrganisationId", "party.transfer.destination"));
		}
		else if (form.toOrganisationId() != null && !outside.isEmpty()) {
			problems.add(new Problem("outsideOrganisation", "party.transfer.oneDestination"));
		}
		String letterNo = text(form.letterNo(), "letterNo", 50, true, problems);
		pastOrToday(form.letterDate(), "letterDate", problems);
		pastOrToday(form.outOn(), "outOn", problems);
		if (form.letterDate() != null && form.outOn() != null && form.outOn().isBefore(form.letterDate())) {
			problems.add(new Problem("outOn", "party.transfer.beforeLetter", form.outOn().toString(),
					form.letterDate().toString()));
		}
		String reason = text(form.reason(), "reason", 500, false, problems);
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		PartyMembership m = memberships
			.findOne(party.<PartyMembership>within(scope)
				.and((root, q, cb) -> cb.equal(root.get("id"), form.membershipId())))
			.orElseThrow(() -> new NotFound("party membership " + form.membershipId()));
		if (m.getUntilDate() != null) {
			throw new Rejection("membershipId", "party.transfer.closed", m.getPersonName(),
					m.getUntilDate().toString());
		}
		if (!form.outOn().isAfter(m.getFromDate())) {
			throw new Rejection("outOn", "party.transfer.notAfterFrom", form.outOn().toString(),
					m.getFromDate().toString());
		}
		PartyOrganisation from = organisations.findById(m.getOrganisationId()).orElseThrow();
		PartyOrganisation to = null;
		if (form.toOrganisationId() != null) {
			// The receiving branch may lie outside the sender's scope; it must be an
			// active
			// branch.
			to = organisations.findById(form.toOrganisationId())
				.filter(o -> o.getKind() == OrganisationKind.BRANCH && o.isActive())
				.orElseThrow(() -> new Rejection("toOrganisationId", "party.transfer.noBranch",
						String.valueOf(form.toOrganisationId())));
			if (to.getId().equals(from.getId())) {
				throw new Rejection("toOrganisationId", "party.transfer.sameBranch", from.getName());
			}
		}
		MembershipTransfer t = transfers.save(MembershipTransfer.out(m, from, to, outside.isEmpty() ? null : outside,
				letterNo, form.letterDate(), form.outOn(), reason.isEmpty() ? null : reason, Actor.current()));
		m.close(form.outOn(), "TRANSFER_OUT");
		audit.record(AuditAction.UPDATE, MEMBERSHIP, m.getId(), m.getPersonName(), List
			.of(new Change("until", null, form.outOn().toString()), new Change("leftBy", null, "TRANSFER_OUT")));
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("person", m.getPersonName());
		values.put("from", from.getName());
		values.put("to", to == null ? outside : to.getName());
		values.put("letterNo", letterNo);
		values.put("letterDate", form.letterDate());
		values.put("outOn", form.outOn());
		values.put("state", t.getState());
		audit.record(AuditAction.CREATE, TRANSFER, t.getId(), m.getPersonName(), Change.created(values));
		return t.toView(namesOf(List.of(t)));
	}

	/**
	 * The receiving branch confirms a transfer from a branch here: the member's spell
	 * there begins on the day received, not before the day out.
	 */
	@Transactional
	TransferView confirm(DataScope scope, long id, LocalDate receivedOn) {
		List<Problem> problems = new ArrayList<>();
		pastOrToday(receivedOn, "receivedOn", problems);
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		MembershipTransfer t = foundTransfer(scope, id);
		if (t.getState() != MembershipTransfer.State.PENDING) {
			throw new Rejection("id", "party.transfer.notPending", t.getPersonName());
		}
		if (!org.isWithin(scope, t.getToUnitId())) {
			// Only the receiving end confirms; the sender sees the transfer but may not.
			throw new org.springframework.security.access.AccessDeniedException("receiving branch outside the scope");
		}
		if (receivedOn.isBefore(t.getOutOn())) {
			throw new Rejection("receivedOn", "party.transfer.beforeOut", receivedOn.toString(),
					t.getOutOn().toString());
		}
		PartyOrganisation to = organisations.findById(t.getToOrganisationId()).orElseThrow();
		noSpellFrom(t.getStaffId(), t.getPersonName(), t.getBirthDate(), receivedOn, "receivedOn");
		t.confirm(receivedOn, Actor.current());
		PartyMembership m = memberships
			.save(new PartyMembership(to, t.getStaffId(), t.getPersonName(), t.getBirthDate(), t.isRetired(),
					receivedOn, PartyMembership.Joined.TRANSFER_IN, t.getId(), Actor.current()));
		audit.record(AuditAction.UPDATE, TRANSFER, t.getId(), t.getPersonName(), List
			.of(new Change("state", "PENDING", "CONFIRMED"), new Change("receivedOn", null, receivedOn.toString())));
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("organisation", to.getName());
		values.put("from", receivedOn);
		values.put("joinedBy", PartyMembership.Joined.TRANSFER_IN);
		values.put("transfer", t.getId());
		audit.record(AuditAction.CREATE, MEMBERSHIP, m.getId(), t.getPersonName(), Change.created(values));
		return t.toView(namesOf(List.of(t)));
	}

	/**
	 * The receiving branch returns a pending transfer from a branch here with its reason:
	 * the member stays in the old branch (the spell closed on the day out opens again).
	 */
	@Transactional
	TransferView returnTransfer(DataScope scope, long id, LocalDate returnedOn, String why) {
		List<Problem> problems = new ArrayList<>();
		pastOrToday(returnedOn, "returnedOn", problems);
		String reason = text(why, "reason", 500, true, problems);
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		MembershipTransfer t = foundTransfer(scope, id);
		if (t.getState() != MembershipTransfer.State.PENDING) {
			throw new Rejection("id", "party.transfer.notPending", t.getPersonName());
		}
		if (!org.isWithin(scope, t.getToUnitId())) {
			// Only the receiving end returns; the sender sees the transfer but may not.
			throw new org.springframework.security.access.AccessDeniedException("receiving branch outside the scope");
		}
		if (returnedOn.isBefore(t.getOutOn())) {
			throw new Rejection("returnedOn", "party.transfer.returnBeforeOut", returnedOn.toString(),
					t.getOutOn().toString());
		}
		PartyMembership m = memberships.findById(t.getFromMembershipId()).orElseThrow();
		t.returnToSender(returnedOn, reason, Actor.current());
		String until = m.getUntilDate() == null ? null : m.getUntilDate().toString();
		m.reopen();
		audit.record(AuditAction.UPDATE, TRANSFER, t.getId(), t.getPersonName(),
				List.of(new Change("state", "PENDING", "RETURNED"),
						new Change("returnedOn", null, returnedOn.toString()),
						new Change("returnReason", null, reason)));
		audit.record(AuditAction.UPDATE, MEMBERSHIP, m.getId(), m.getPersonName(),
				List.of(new Change("until", until, null), new Change("leftBy", "TRANSFER_OUT", null)));
		return t.toView(namesOf(List.of(t)));
	}

	/**
	 * A relationship received from an organisation outside the system with its letter: a
	 * staff member by id, or a person who is not staff by name and birth date.
	 */
	@Transactional
	TransferView transferIn(DataScope scope, PartyForms.TransferInForm form) {
		List<Problem> problems = new ArrayList<>();
		if (form.organisationId() == null) {
			problems.add(new Problem("organisationId", "party.required"));
		}
		String outside = text(form.outsideOrganisation(), "outsideOrganisation", 200, true, problems);
		String letterNo = text(form.letterNo(), "letterNo", 50, true, problems);
		pastOrToday(form.letterDate(), "letterDate", problems);
		pastOrToday(form.receivedOn(), "receivedOn", problems);
		if (form.letterDate() != null && form.receivedOn() != null && form.receivedOn().isBefore(form.letterDate())) {
			problems.add(new Problem("receivedOn", "party.transfer.beforeLetter", form.receivedOn().toString(),
					form.letterDate().toString()));
		}
		String name = form.personName() == null ? "" : form.personName().strip();
		if (form.staffId() == null) {
			name = text(form.personName(), "personName", 50, true, problems);
			if (form.birthDate() == null) {
				problems.add(new Problem("birthDate", "party.required"));
			}
		}
		String reason = text(form.reason(), "reason", 500, false, problems);
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		PartyOrganisation to = branchInScope(scope, form.organisationId(), "organisationId");
		LocalDate birth = form.birthDate();
		if (form.staffId() != null) {
			StaffView p = staff.get(scope, form.staffId());
			if (!MemberRecords.member(p)) {
				throw new Rejection("staffId", "party.member.notMember", p.name());
			}
			name = p.name();
			birth = null;
		}
		noSpellFrom(form.staffId(), name, birth, form.receivedOn(), "receivedOn");
		boolean retired = Boolean.TRUE.equals(form.retired());
		MembershipTransfer t = transfers.save(MembershipTransfer.in(to, form.staffId(), name, birth, retired, outside,
				letterNo, form.letterDate(), form.receivedOn(), reason.isEmpty() ? null : reason, Actor.current()));
		PartyMembership m = memberships.save(new PartyMembership(to, form.staffId(), name, birth, retired,
				form.receivedOn(), PartyMembership.Joined.TRANSFER_IN, t.getId(), Actor.current()));
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("person", name);
		values.put("from", outside);
		values.put("to", to.getName());
		values.put("letterNo", letterNo);
		values.put("letterDate", form.letterDate());
		values.put("receivedOn", form.receivedOn());
		audit.record(AuditAction.CREATE, TRANSFER, t.getId(), name, Change.created(values));
		audit.record(AuditAction.CREATE, MEMBERSHIP, m.getId(), name,
				Change.created(Map.of("organisation", to.getName(), "from", form.receivedOn())));
		return t.toView(namesOf(List.of(t)));
	}

	// ---- figures

	/**
	 * Transfers received into branches in scope in the period (from outside or another
	 * branch).
	 */
	List<MembershipTransfer> receivedBetween(DataScope scope, LocalDate from, LocalDate to) {
		return transfers.findAll(inScope(scope, "toUnitId", "toUnitPath")
			.and((root, q, cb) -> cb.between(root.get("receivedOn"), from, to)), Sort.by("receivedOn", "id"));
	}

	/**
	 * Transfers sent out of branches in scope in the period (outside or to another
	 * branch).
	 */
	List<MembershipTransfer> sentBetween(DataScope scope, LocalDate from, LocalDate to) {
		// A returned transfer left the member where they were: not sent out.
		return transfers.findAll(
				inScope(scope, "fromUnitId", "fromUnitPath")
					.and((root, q, cb) -> cb.between(root.get("outOn"), from, to))
					.and((root, q, cb) -> cb.notEqual(root.get("state"), MembershipTransfer.State.RETURNED)),
				Sort.by("outOn", "id"));
	}

	private Specification<MembershipTransfer> inScope(DataScope scope, String unitId, String unitPath) {
		if (scope.kind() == ScopeKind.ALL) {
			return (root, q, cb) -> cb.isNotNull(root.get(unitId));
		}
		if (scope.kind() == ScopeKind.SELF || scope.unitId() == null) {
			return (root, q, cb) -> cb.disjunction();
		}
		if (scope.kind() == ScopeKind.UNIT) {
			return (root, q, cb) -> cb.equal(root.get(unitId), scope.unitId());
		}
		String path = org.pathOf(scope.unitId()).orElse(null);
		return path == null ? (root, q, cb) -> cb.disjunction()
				: (root, q, cb) -> cb.like(root.get(unitPath), path + "%");
	}

	Map<Long, String> namesOf(List<MembershipTransfer> found) {
		List<Long> ids = new ArrayList<>();
		for (MembershipTransfer t : found) {
			if (t.getFromOrganisationId() != null) {
				ids.add(t.getFromOrganisationId());
			}
			if (t.getToOrganisationId() != null) {
				ids.add(t.getToOrganisationId());
			}
		}
		return ids.isEmpty() ? new HashMap<>() : party.organisationNamesOf(new HashSet<>(ids));
	}

	// ---- checks

	private PartyOrganisation branchInScope(DataScope scope, long id, String field) {
		PartyOrganisation o = organisations
			.findOne(party.<PartyOrganisation>within(scope).and((root, q, cb) -> cb.equal(root.get("id"), id)))
			.orElseThrow(() -> new NotFound("party organisation " + id));
		if (o.getKind() != OrganisationKind.BRANCH || !o.isActive()) {
			throw new Rejection(field, "party.transfer.noBranch", o.getName());
		}
		return o;
	}

	// A member is in one branch a day: no spell of theirs may run on or after the day.
	private void noSpellFrom(Long staffId, String name, LocalDate birth, LocalDate day, String field) {
		List<PartyMembership> spells = staffId != null ? memberships.findByStaffIdOrderByFromDate(staffId)
				: memberships.findByStaffIdIsNullAndPersonNameAndBirthDateOrderByFromDate(name, birth);
		for (PartyMembership s : spells) {
			if (s.getUntilDate() == null || s.getUntilDate().isAfter(day)) {
				String branch = party.organisationNamesOf(List.of(s.getOrganisationId())).get(s.getOrganisationId());
				throw new Rejection(field, "party.membership.overlap", name, branch, s.getFromDate().toString(),
						day.toString());
			}
		}
	}

	private void pastOrToday(LocalDate day, String field, List<Problem> problems) {
		if (day == null) {
			problems.add(new Problem(field, "party.required"));
		}
		else if (day.isAfter(party.today())) {
			problems.add(new Problem(field, "party.date.future", day.toString()));
		}
	}

	private static String text(String value, String field, int max, boolean required, List<Problem> problems) {
		String v = value == null ? "" : value.strip();
		if (required && v.isEmpty()) {
			problems.add(new Problem(field, "party.required"));
		}
		else if (v.length() > max) {
			problems.add(new Problem(field, "party.tooLong", max));
		}
		return v;
	}

}
