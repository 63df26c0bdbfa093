package io.edubureau.retirement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitView;
import io.edubureau.platform.Actor;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.rules.IdNumberCheck;
import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;
import io.edubureau.rules.RetirementDecision;
import io.edubureau.rules.RulesManagement;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffStatus;
import io.edubureau.staff.StaffView;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Retirement proposals (school proposes, bureau approves or returns; re-proposed after a
 * return, or withdrawn), checked against the statutory and flexible months and the
 * minimum contribution; and death records with survivor benefits. Callers
 * ({@link RetirementManagement}) resolve the person within the caller's scope through
 * {@link StaffManagement}, own the transaction, and change the person's status through
 * staff's life-event path.
 */
@Component
class RetirementWorkflow {

	static final String REQUEST = "staff.retirementRequest";

	static final String DEATH = "staff.death";

	static final String BENEFIT = "staff.survivorBenefit";

	private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

	private final StaffManagement staff;

	private final RetirementRequestRepository requests;

	private final DeathRecordRepository deaths;

	private final SurvivorBenefitRepository benefits;

	private final RulesManagement rules;

	private final OrgManagement org;

	private final AuditManagement audit;

	private final Clock clock = Clock.systemDefaultZone();

	RetirementWorkflow(StaffManagement staff, RetirementRequestRepository requests, DeathRecordRepository deaths,
			SurvivorBenefitRepository benefits, RulesManagement rules, OrgManagement org, AuditManagement audit) {
		this.staff = staff;
		this.requests = requests;
		this.deaths = deaths;
		this.benefits = benefits;
		this.rules = rules;
		this.org = org;
		this.audit = audit;
	}

	// ---- proposals

	/** Checked values of a proposal. */
	private record Proposal(LocalDate retireOn, int contributionMonths, String note) {
	}

	RetirementRequestView propose(StaffView m, RetirementProposalForm form) {
		List<Problem> problems = new ArrayList<>();
		if (m.status() != StaffStatus.ACTIVE) {
			problems.add(new Problem(null, "retirement.notActive"));
		}
		Proposal p = check(m, form, problems);
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		requests.findFirstByOpenStaffId(m.id()).ifPresent(open -> {
			throw new Rejection(null, "retirement.alreadyOpen", String.valueOf(open.getId()));
		});
		RetirementRequest r = requests.saveAndFlush(new RetirementRequest(m.id(), m.unitId(), p.retireOn(),
				p.contributionMonths(), p.note(), Actor.current()));
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("staffId", m.id());
		created.put("retireOn", p.retireOn());
		created.put("contributionMonths", p.contributionMonths());
		created.put("note", p.note());
		audit.record(AuditAction.CREATE, REQUEST, r.getId(), m.name(), Change.created(created));
		return toView(r, m);
	}

	/** After a return, the school proposes again (a new date or contribution). */
	RetirementRequestView repropose(long requestId, RetirementProposalForm form, LongFunction<StaffView> visible) {
		RetirementRequest r = find(requestId);
		StaffView m = visible.apply(r.getStaffId());
		if (r.getStatus() != RetirementStatus.RETURNED) {
			throw new Rejection(null, "retirement.notReturned", r.getStatus());
		}
		List<Problem> problems = new ArrayList<>();
		if (m.status() != StaffStatus.ACTIVE) {
			problems.add(new Problem(null, "retirement.notActive"));
		}
		Proposal p = check(m, form, problems);
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		LocalDate before = r.getRetireOn();
		int contributionBefore = r.getContributionMonths();
		r.repropose(p.retireOn(), p.contributionMonths(), p.note(), Actor.current());
		audit.record(AuditAction.UPDATE, REQUEST, r.getId(), m.name(),
				Change.between(
						Map.of("status", RetirementStatus.RETURNED, "retireOn", before, "contributionMonths",
								contributionBefore),
						Map.of("status", RetirementStatus.PROPOSED, "retireOn", p.retireOn(), "contributionMonths",
								p.contributionMonths())));
		return toView(r, m);
	}

	/**
	 * The bureau approves: the date is recorded; the caller changes the person's status
	 * when the date has come.
	 */
	RetirementRequestView approve(long requestId, String comment, LongFunction<StaffView> visible) {
		RetirementRequest r = find(requestId);
		StaffView m = visible.apply(r.getStaffId());
		requireStatus(r, RetirementStatus.PROPOSED);
		String note = checkComment(comment, false);
		if (m.status() != StaffStatus.ACTIVE) {
			throw new Rejection(null, "retirement.notActive");
		}
		r.approve(note, Actor.current());
		audit.record(AuditAction.UPDATE, REQUEST, r.getId(), m.name() + " (" + r.getRetireOn() + ")",
				List.of(new Change("status", RetirementStatus.PROPOSED.name(), RetirementStatus.APPROVED.name())));
		return toView(r, m);
	}

	/** The bureau returns the proposal, saying what to change. */
	RetirementRequestView returnWith(long requestId, String comment, LongFunction<StaffView> visible) {
		RetirementRequest r = find(requestId);
		StaffView m = visible.apply(r.getStaffId());
		requireStatus(r, RetirementStatus.PROPOSED);
		String note = checkComment(comment, true);
		r.returnWith(note, Actor.current());
		audit.record(AuditAction.UPDATE, REQUEST, r.getId(), m.name() + ": " + note,
				List.of(new Change("status", RetirementStatus.PROPOSED.name(), RetirementStatus.RETURNED.name())));
		return toView(r, m);
	}

	RetirementRequestView withdraw(long requestId, String comment, LongFunction<StaffView> visible) {
		RetirementRequest r = find(requestId);
		StaffView m = visible.apply(r.getStaffId());
		if (!r.isOpen()) {
			throw new Rejection(null, "retirement.notOpen", r.getStatus());
		}
		String note = checkComment(comment, false);
		RetirementStatus before = r.getStatus();
		r.withdraw(note, Actor.current());
		audit.record(AuditAction.UPDATE, REQUEST, r.getId(), m.name(),
				List.of(new Change("status", before.name(), RetirementStatus.WITHDRAWN.name())));
		return toView(r, m);
	}

	/** Marks an approved proposal applied once the person's status is RETIRED. */
	void applied(long requestId) {
		find(requestId).applied();
	}

	/** Approved proposals whose date has come and whose person is still active. */
	List<RetirementRequest> due() {
		List<RetirementRequest> due = requests.dueToApply(today());
		Map<Long, StaffView> people = staff.visible(DataScope.all(),
				due.stream().map(RetirementRequest::getStaffId).toList());
		return due.stream().filter(r -> {
			StaffView p = people.get(r.getStaffId());
			return p != null && p.status() == StaffStatus.ACTIVE;
		}).toList();
	}

	/** Approved proposals applied with a date between the two, oldest first. */
	List<RetirementRequest> retiredBetween(LocalDate from, LocalDate to) {
		return requests.retiredBetween(from, to);
	}

	RetirementRequestView view(long requestId, LongFunction<StaffView> visible) {
		RetirementRequest r = find(requestId);
		return toView(r, visible.apply(r.getStaffId()));
	}

	List<RetirementRequestView> ofPerson(StaffView m) {
		return requests.findByStaffIdOrderByIdDesc(m.id()).stream().map(r -> toView(r, m)).toList();
	}

	/**
	 * Proposals waiting for the bureau about these people (already in scope), oldest
	 * first.
	 */
	List<RetirementRequest> waiting() {
		return requests.findByStatusOrderByUpdatedAtAscIdAsc(RetirementStatus.PROPOSED);
	}

	/**
	 * One page of the proposals waiting for the bureau, oldest first, the scope applied
	 * in the query on the unit each proposal was made at (a unit-only scope: its own
	 * unit's).
	 */
	Page<RetirementRequest> waiting(DataScope scope, Pageable pageable) {
		Specification<RetirementRequest> proposed = (root, q, cb) -> cb.equal(root.get("status"),
				RetirementStatus.PROPOSED);
		Specification<RetirementRequest> where = scope.kind() == io.edubureau.org.ScopeKind.SELF
				? (root, q, cb) -> cb.disjunction() : proposed.and(org.unitIdScope(scope, "unitId"));
		return requests.findAll(where, pageable);
	}

	/** Views of these proposals, the people given by id. */
	List<RetirementRequestView> views(List<RetirementRequest> found, Map<Long, StaffView> people) {
		Map<Long, UnitView> units = org.byIds(found.stream().map(RetirementRequest::getUnitId).distinct().toList());
		return found.stream().map(r -> toView(r, people.get(r.getStaffId()), units)).toList();
	}

	/** The latest proposal of each person that is still open or approved. */
	Map<Long, RetirementRequestView> current(Map<Long, StaffView> byId) {
		Map<Long, RetirementRequestView> found = new HashMap<>();
		if (byId.isEmpty()) {
			return found;
		}
		for (RetirementRequest r : requests.findByStaffIdInAndStatusInOrderByIdAsc(List.copyOf(byId.keySet()),
				List.of(RetirementStatus.PROPOSED, RetirementStatus.RETURNED, RetirementStatus.APPROVED))) {
			found.put(r.getStaffId(), toView(r, byId.get(r.getStaffId()), Map.of()));
		}
		return found;
	}

	private Proposal check(StaffView m, RetirementProposalForm form, List<Problem> problems) {
		RetirementDecision d = decision(m);
		LocalDate retireOn = form.retireOn() != null ? form.retireOn() : d.statutoryRetirement().atDay(1);
		YearMonth month = YearMonth.from(retireOn);
		if (month.isBefore(d.earliestFlexible()) || month.isAfter(d.latestFlexible())) {
			problems.add(new Problem("retireOn", "retirement.retireOn.outsideWindow", retireOn.toString(),
					d.earliestFlexible().toString(), d.latestFlexible().toString(),
					d.statutoryRetirement().toString()));
		}
		int total = -1;
		if (form.contributionYears() == null) {
			problems.add(new Problem("contributionYears", "retirement.contribution.required"));
		}
		else if (form.contributionYears() < 0 || form.contributionYears() > 60 || form.contributionMonths() != null
				&& (form.contributionMonths() < 0 || form.contributionMonths() > 11)) {
			problems.add(new Problem("contributionYears", "retirement.contribution.range"));
		}
		else {
			total = form.contributionYears() * 12 + (form.contributionMonths() == null ? 0 : form.contributionMonths());
			int minimum = rules.minimumContributionMonths(month.getYear());
			if (total < minimum) {
				problems.add(new Problem("contributionYears", "retirement.contribution.short", total / 12, total % 12,
						String.valueOf(month.getYear()), minimum / 12, minimum % 12));
			}
		}
		String note = strip(form.note());
		if (note != null && note.length() > 500) {
			problems.add(new Problem("note", "transfer.text.tooLong", 500));
		}
		return new Proposal(retireOn, total, note);
	}

	RetirementDecision decision(StaffView m) {
		return rules.retirement(YearMonth.from(m.birthDate()), m.originalRetirementAge());
	}

	private RetirementRequest find(long requestId) {
		return requests.findById(requestId).orElseThrow(() -> new NotFound("retirement " + requestId));
	}

	private static void requireStatus(RetirementRequest r, RetirementStatus expected) {
		if (r.getStatus() != expected) {
			throw new Rejection(null, "retirement.notProposed", r.getStatus());
		}
	}

	private static String checkComment(String comment, boolean required) {
		String note = strip(comment);
		if (required && note == null) {
			throw new Rejection("comment", "retirement.comment.required");
		}
		if (note != null && note.length() > 500) {
			throw new Rejection("comment", "transfer.text.tooLong", 500);
		}
		return note;
	}

	// ---- death and survivor benefits

	/**
	 * Checks a death form before anything is written; the survivor's fields as
	 * survivor.*.
	 */
	void checkDeath(StaffView m, DeathForm form) {
		List<Problem> problems = new ArrayList<>();
		if (form.diedOn() == null) {
			problems.add(new Problem("diedOn", "death.diedOn.required"));
		}
		else if (form.diedOn().isBefore(m.birthDate()) || form.diedOn().isAfter(today())) {
			problems.add(new Problem("diedOn", "staff.end.date"));
		}
		String cause = strip(form.cause());
		if (cause != null && cause.length() > 200) {
			problems.add(new Problem("cause", "transfer.text.tooLong", 200));
		}
		String note = strip(form.note());
		if (note != null && note.length() > 500) {
			problems.add(new Problem("note", "transfer.text.tooLong", 500));
		}
		if (m.status() == StaffStatus.DECEASED || m.status() == StaffStatus.MERGED
				|| deaths.findByStaffId(m.id()).isPresent()) {
			problems.add(new Problem(null, "death.alreadyRecorded"));
		}
		if (form.survivor() != null) {
			checkBenefit(form.survivor(), form.diedOn(), "survivor.", problems);
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
	}

	/**
	 * Records the death (after the status change) and the survivor's benefits if given;
	 * an open retirement proposal is withdrawn.
	 */
	DeathView recordDeath(StaffView m, DeathForm form) {
		requests.findFirstByOpenStaffId(m.id()).ifPresent(open -> {
			RetirementStatus before = open.getStatus();
			open.withdraw("deceased " + form.diedOn(), Actor.current());
			audit.record(AuditAction.UPDATE, REQUEST, open.getId(), m.name(),
					List.of(new Change("status", before.name(), RetirementStatus.WITHDRAWN.name())));
		});
		DeathRecord death = deaths
			.save(new DeathRecord(m.id(), form.diedOn(), strip(form.cause()), strip(form.note()), Actor.current()));
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("diedOn", form.diedOn());
		created.put("cause", strip(form.cause()));
		created.put("note", strip(form.note()));
		audit.record(AuditAction.CREATE, DEATH, death.toView().id(), m.name(), Change.created(created));
		if (form.survivor() != null) {
			saveBenefit(m, form.survivor());
		}
		return death(m);
	}

	SurvivorBenefitView addBenefit(StaffView m, SurvivorBenefitForm form) {
		List<Problem> problems = new ArrayList<>();
		Optional<DeathRecord> death = deaths.findByStaffId(m.id());
		if (death.isEmpty()) {
			problems.add(new Problem(null, "survivor.notDeceased"));
		}
		checkBenefit(form, death.map(d -> d.toView().diedOn()).orElse(null), "", problems);
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		return saveBenefit(m, form);
	}

	DeathView death(StaffView m) {
		return new DeathView(deaths.findByStaffId(m.id()).map(DeathRecord::toView).orElse(null),
				benefits.findByStaffIdOrderByIdAsc(m.id()).stream().map(SurvivorBenefit::toView).toList());
	}

	private SurvivorBenefitView saveBenefit(StaffView m, SurvivorBenefitForm f) {
		String idNumber = rules.checkIdNumber(f.idNumber()).normalized();
		SurvivorBenefit b = benefits
			.save(new SurvivorBenefit(m.id(), f.survivorName().strip(), f.relation(), idNumber, strip(f.phone()),
					f.funeralAllowance(), f.survivorPension(), f.decidedOn(), strip(f.note()), Actor.current()));
		staff.recordSurvivorBenefit(DataScope.all(), m.id(), f.decidedOn(),
				f.survivorName().strip() + " (" + f.relation().name() + ")");
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("survivorName", f.survivorName().strip());
		created.put("relation", f.relation());
		created.put("idNumber", idNumber);
		created.put("phone", strip(f.phone()));
		created.put("funeralAllowance", f.funeralAllowance());
		created.put("survivorPension", f.survivorPension());
		created.put("decidedOn", f.decidedOn());
		created.put("note", strip(f.note()));
		audit.record(AuditAction.CREATE, BENEFIT, b.toView().id(), m.name(), Change.created(created));
		return b.toView();
	}

	private void checkBenefit(SurvivorBenefitForm f, LocalDate diedOn, String prefix, List<Problem> problems) {
		String name = strip(f.survivorName());
		if (name == null) {
			problems.add(new Problem(prefix + "survivorName", "survivor.name.required"));
		}
		else if (name.length() > 50) {
			problems.add(new Problem(prefix + "survivorName", "transfer.text.tooLong", 50));
		}
		if (f.relation() == null) {
			problems.add(new Problem(prefix + "relation", "survivor.relation.required"));
		}
		IdNumberCheck id = rules.checkIdNumber(f.idNumber());
		if (!id.valid()) {
			id.reasons()
				.forEach(r -> problems.add(new Problem(prefix + "idNumber", r.messageKey(), r.args().toArray())));
		}
		String phone = strip(f.phone());
		if (phone != null && !phone.matches("[0-9+\\- ]{1,20}")) {
			problems.add(new Problem(prefix + "phone", "staff.phone.pattern"));
		}
		checkAmount(f.funeralAllowance(), prefix + "funeralAllowance", problems);
		checkAmount(f.survivorPension(), prefix + "survivorPension", problems);
		if (f.decidedOn() == null) {
			problems.add(new Problem(prefix + "decidedOn", "survivor.decidedOn.required"));
		}
		else if (f.decidedOn().isAfter(today()) || diedOn != null && f.decidedOn().isBefore(diedOn)) {
			problems.add(new Problem(prefix + "decidedOn", "survivor.decidedOn.range", f.decidedOn().toString()));
		}
		String note = strip(f.note());
		if (note != null && note.length() > 500) {
			problems.add(new Problem(prefix + "note", "transfer.text.tooLong", 500));
		}
	}

	private static void checkAmount(BigDecimal amount, String field, List<Problem> problems) {
		if (amount == null) {
			problems.add(new Problem(field, "survivor.amount.required"));
		}
		else if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.stripTrailingZeros().scale() > 2) {
			problems.add(new Problem(field, "survivor.amount.range", amount.toPlainString()));
		}
	}

	// ---- views

	private RetirementRequestView toView(RetirementRequest r, StaffView m) {
		return toView(r, m, org.byIds(List.of(r.getUnitId())));
	}

	private RetirementRequestView toView(RetirementRequest r, StaffView m, Map<Long, UnitView> units) {
		RetirementDecision d = decision(m);
		YearMonth month = YearMonth.from(r.getRetireOn());
		int minimum = rules.minimumContributionMonths(month.getYear());
		List<Reason> reasons = new ArrayList<>(d.reasons());
		reasons.add(new Reason(PolicyRule.FLEXIBLE_RETIREMENT, "retirement.reason.date", r.getRetireOn().toString(),
				d.statutoryRetirement().toString(), d.earliestFlexible().toString(), d.latestFlexible().toString()));
		reasons.add(new Reason(PolicyRule.MINIMUM_CONTRIBUTION, "retirement.reason.contribution",
				r.getContributionMonths() / 12, r.getContributionMonths() % 12, String.valueOf(month.getYear()),
				minimum / 12, minimum % 12));
		UnitView unit = units.get(r.getUnitId());
		return new RetirementRequestView(r.getId(), r.getStaffId(), m.name(), r.getUnitId(),
				unit == null ? null : unit.name(), r.getRetireOn(), r.getContributionMonths(), minimum, r.getNote(),
				r.getStatus(), r.getProposedBy(), d, List.copyOf(reasons),
				r.getSteps().stream().map(RetirementStep::toView).toList(), r.getAppliedAt(), r.getUpdatedAt());
	}

	private static String strip(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

}
