package io.edubureau.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Set;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.ethics.EthicsManagement;
import io.edubureau.ethics.VetoDecision;
import io.edubureau.ethics.VetoPurpose;
import io.edubureau.org.DataScope;
import io.edubureau.org.UnitView;
import io.edubureau.personnelfile.PersonnelFileManagement;
import io.edubureau.personnelfile.SanctionRecord;
import io.edubureau.platform.Actor;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Paging;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.sheet.BackgroundAction;
import io.edubureau.rules.LocalParameter;
import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;
import io.edubureau.rules.RulesManagement;
import io.edubureau.staff.AppraisalRecord;
import io.edubureau.staff.CertificateRecord;
import io.edubureau.staff.StaffEventKind;
import io.edubureau.staff.StaffEventView;
import io.edubureau.staff.StaffFilter;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffStatus;
import io.edubureau.staff.StaffView;
import io.edubureau.training.TrainingHours;
import io.edubureau.training.TrainingManagement;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registration module's public face. Every read takes the caller's {@link DataScope};
 * a person outside it is reported as not found.
 */
@Service
public class RegistrationManagement {

	static final String CYCLE = "registration.cycle";

	static final String EVALUATION = "registration.evaluation";

	static final String STANDING = "registration.standing";

	private static final int PAGE = 1000;

	private final StaffManagement staff;

	private final io.edubureau.org.OrgManagement org;

	private final TrainingManagement training;

	private final RulesManagement rules;

	private final AuditManagement audit;

	private final RegistrationCycleRepository cycles;

	private final RegistrationEvaluationRepository evaluations;

	private final JsonMapper json;

	private final EthicsManagement ethics;

	private final PersonnelFileManagement personnelFile;

	private final Clock clock = Clock.systemDefaultZone();

	RegistrationManagement(StaffManagement staff, TrainingManagement training, RulesManagement rules,
			AuditManagement audit, RegistrationCycleRepository cycles, RegistrationEvaluationRepository evaluations,
			JsonMapper json, io.edubureau.org.OrgManagement org, EthicsManagement ethics,
			PersonnelFileManagement personnelFile) {
		this.personnelFile = personnelFile;
		this.ethics = ethics;
		this.org = org;
		this.staff = staff;
		this.training = training;
		this.rules = rules;
		this.audit = audit;
		this.cycles = cycles;
		this.evaluations = evaluations;
		this.json = json;
	}

	// ---- standing (the contract other modules read)

	/** The person's registration standing on the day, with reasons. */
	@Transactional(readOnly = true)
	public RegistrationStanding standing(DataScope scope, long staffId, LocalDate on) {
		staff.get(scope, staffId);
		return standingOf(staffId, evaluations.confirmedOf(List.of(staffId)), day(on));
	}

	/** Standings of many people; people outside the scope are left out. */
	@Transactional(readOnly = true)
	public Map<Long, RegistrationStanding> standings(DataScope scope, Collection<Long> staffIds, LocalDate on) {
		List<Long> ids = List.copyOf(staff.visible(scope, staffIds).keySet());
		return standingsOf(ids, day(on));
	}

	private Map<Long, RegistrationStanding> standingsOf(List<Long> ids, LocalDate on) {
		Map<Long, List<RegistrationEvaluation>> confirmed = new HashMap<>();
		for (int i = 0; i < ids.size(); i += PAGE) {
			evaluations.confirmedOf(ids.subList(i, Math.min(ids.size(), i + PAGE)))
				.forEach(e -> confirmed.computeIfAbsent(e.getStaffId(), k -> new ArrayList<>()).add(e));
		}
		Map<Long, RegistrationStanding> found = new LinkedHashMap<>();
		ids.forEach(id -> found.put(id, standingOf(id, confirmed.getOrDefault(id, List.of()), on)));
		return found;
	}

	// Confirmed evaluations in order of confirmation: the last decides, the last PASSED
	// gives the validity.
	static RegistrationStanding standingOf(long staffId, List<RegistrationEvaluation> confirmed, LocalDate on) {
		RegistrationEvaluation last = null;
		RegistrationEvaluation lastPassed = null;
		for (RegistrationEvaluation e : confirmed) {
			if (e.getConfirmedOn() != null && !e.getConfirmedOn().isAfter(on)) {
				last = e;
				if (e.getOutcome() == RegistrationOutcome.PASSED) {
					lastPassed = e;
				}
			}
		}
		List<Reason> reasons = new ArrayList<>();
		LocalDate validUntil = lastPassed == null ? null : lastPassed.getValidUntil();
		boolean registered = validUntil != null && !validUntil.isBefore(on);
		boolean overdue = validUntil != null && validUntil.isBefore(on);
		boolean failed = last != null && last.getOutcome() == RegistrationOutcome.FAILED;
		if (last == null) {
			reasons.add(new Reason(RegistrationRule.RULE, "registration.standing.none"));
		}
		if (registered) {
			reasons.add(new Reason(RegistrationRule.RULE, "registration.standing.valid", validUntil.toString()));
		}
		if (overdue) {
			reasons.add(new Reason(RegistrationRule.RULE, "registration.standing.overdue", validUntil.toString()));
		}
		if (failed) {
			reasons.add(new Reason(RegistrationRule.RULE, "registration.standing.failed",
					last.getConfirmedOn().toString()));
		}
		else if (last != null && last.getOutcome() == RegistrationOutcome.POSTPONED) {
			reasons.add(new Reason(RegistrationRule.RULE, "registration.standing.postponed",
					last.getConfirmedOn().toString()));
		}
		return new RegistrationStanding(staffId, registered, validUntil, last == null ? null : last.getOutcome(),
				!overdue && !failed, List.copyOf(reasons));
	}

	// ---- cycles

	/**
	 * The cycles that concern the scope: owned by a unit within it, or by a unit above
	 * the user's own (the county bureau's cycle for its schools).
	 */
	@Transactional(readOnly = true)
	public List<CycleView> cycles(DataScope scope) {
		return cycles.findAllByOrderByDueDateDescIdDesc()
			.stream()
			.filter(c -> org.covers(scope, c.getOwnerUnitId()))
			.map(RegistrationCycle::toView)
			.toList();
	}

	@Transactional(readOnly = true)
	public CycleView cycle(DataScope scope, long id) {
		return found(scope, id).toView();
	}

	/** The bureau opens a cycle, e.g. 2026年定期注册 due on 2026-12-31. */
	@Transactional
	public CycleView openCycle(DataScope scope, CycleForm form) {
		List<Problem> problems = new ArrayList<>();
		String name = form.name() == null ? "" : form.name().strip();
		if (name.isEmpty()) {
			problems.add(new Problem("name", "registration.required"));
		}
		else if (name.length() > 100) {
			problems.add(new Problem("name", "registration.tooLong", 100));
		}
		if (form.dueDate() == null) {
			problems.add(new Problem("dueDate", "registration.required"));
		}
		else if (form.dueDate().isBefore(today().minusYears(1)) || form.dueDate().isAfter(today().plusYears(2))) {
			problems.add(new Problem("dueDate", "registration.dueDate.range", form.dueDate().toString()));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		long owner = org.owningUnit(scope).orElseThrow(() -> new NotFound("no unit owns a cycle of this scope"));
		RegistrationCycle c = cycles.save(new RegistrationCycle(name, form.dueDate(), Actor.current(), owner));
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("name", name);
		created.put("ownerUnitId", owner);
		created.put("dueDate", form.dueDate());
		audit.record(AuditAction.CREATE, CYCLE, c.getId(), name, Change.created(created));
		return c.toView();
	}

	/**
	 * The bureau closes an open cycle once every submitted evaluation has been confirmed
	 * or returned; afterwards nothing in it can be evaluated, submitted, confirmed or
	 * returned.
	 */
	@Transactional
	public CycleView closeCycle(DataScope scope, long id) {
		RegistrationCycle c = owned(scope, id);
		requireOpen(c);
		long waiting = evaluations.countByCycleIdAndStatus(id, EvaluationStatus.SUBMITTED);
		if (waiting > 0) {
			throw new Rejection(null, "registration.cycle.close.submitted", waiting);
		}
		c.close(Actor.current());
		cycles.save(c);
		audit.record(AuditAction.UPDATE, CYCLE, c.getId(), c.getName(),
				List.of(new Change("status", CycleStatus.OPEN.name(), CycleStatus.CLOSED.name())));
		return c.toView();
	}

	private static void requireOpen(RegistrationCycle cycle) {
		if (cycle.getStatus() != CycleStatus.OPEN) {
			throw new Rejection(null, "registration.cycle.closed", cycle.getName());
		}
	}

	private RegistrationCycle found(long id) {
		return cycles.findById(id).orElseThrow(() -> new NotFound("registration cycle " + id));
	}

	// A cycle of another bureau's area answers 404, as one that does not exist.
	private RegistrationCycle found(DataScope scope, long id) {
		RegistrationCycle c = found(id);
		if (!org.covers(scope, c.getOwnerUnitId())) {
			throw new NotFound("registration cycle " + id);
		}
		return c;
	}

	// Acting on the cycle itself (closing it) belongs to its owner's area only.
	private RegistrationCycle owned(DataScope scope, long id) {
		RegistrationCycle c = found(id);
		if (c.getOwnerUnitId() == null ? scope.kind() != io.edubureau.org.ScopeKind.ALL
				: !org.isWithin(scope, c.getOwnerUnitId())) {
			throw new NotFound("registration cycle " + id);
		}
		return c;
	}

	// ---- evaluation by rule

	/**
	 * Evaluates every active full-time teacher in scope who is due in the cycle: not
	 * validly registered beyond its due date and, if never registered, through probation.
	 * Evaluations already submitted or confirmed are left as they are.
	 */
	@Transactional
	public List<EvaluationView> evaluate(DataScope scope, long cycleId) {
		return evaluate(scope, cycleId, BackgroundAction.Progress.NONE);
	}

	/**
	 * Refuses at once what {@link #evaluate} would refuse first (an unknown or closed
	 * cycle), so a background evaluation is not started only to fail.
	 */
	@Transactional(readOnly = true)
	public CycleView checkEvaluable(DataScope scope, long cycleId) {
		RegistrationCycle cycle = found(scope, cycleId);
		requireOpen(cycle);
		return cycle.toView();
	}

	/**
	 * {@link #evaluate(DataScope, long)} reporting how many of the teachers due are done;
	 * still one transaction, so a failure leaves the cycle as it was.
	 */
	@Transactional
	public List<EvaluationView> evaluate(DataScope scope, long cycleId, BackgroundAction.Progress progress) {
		RegistrationCycle cycle = found(scope, cycleId);
		requireOpen(cycle);
		LocalDate due = cycle.getDueDate();
		int cycleYears = rules.parameter(LocalParameter.REGISTRATION_CYCLE_YEARS, due).intValue();
		int cycleHours = rules.parameter(LocalParameter.TRAINING_CYCLE_HOURS, due).intValue();
		int probationHours = rules.parameter(LocalParameter.TRAINING_PROBATION_HOURS, due).intValue();
		LocalDate windowFrom = due.minusYears(cycleYears).plusDays(1);
		// Only the teachers both in the caller's scope and in the area the cycle covers.
		List<StaffView> teachers = activeTeachers(
				cycle.getOwnerUnitId() != null && org.isWithin(scope, cycle.getOwnerUnitId())
						? DataScope.unitAndBelow(cycle.getOwnerUnitId()) : scope);
		List<Long> ids = teachers.stream().map(StaffView::id).toList();
		Map<Long, List<AppraisalRecord>> appraisals = staff.appraisals(scope, ids);
		FileFacts file = new FileFacts(personnelFile.sanctions(scope, ids), staff.certificates(scope, ids));
		Map<Long, RegistrationStanding> standings = standingsOf(ids, due);
		List<StaffView> periodic = new ArrayList<>();
		List<StaffView> first = new ArrayList<>();
		for (StaffView t : teachers) {
			RegistrationStanding s = standings.get(t.id());
			if (s.validUntil() != null && s.validUntil().isAfter(due)) {
				continue;
			}
			List<AppraisalRecord> a = appraisals.getOrDefault(t.id(), List.of());
			// Hired within the cycle and never registered: first registration, after
			// probation. Earlier hires without a record are taken as periodic.
			boolean recent = s.validUntil() == null && t.hireDate() != null && t.hireDate().isAfter(windowFrom);
			if (recent && RegistrationRule.probationPassed(t.hireDate(), due, a)) {
				first.add(t);
			}
			else if (!recent) {
				periodic.add(t);
			}
		}
		Map<Long, TrainingHours> hours = new HashMap<>(
				training.hours(scope, periodic.stream().map(StaffView::id).toList(), windowFrom, due));
		for (StaffView t : first) {
			hours.put(t.id(), training.hours(scope, t.id(), t.hireDate(), due));
		}
		String by = Actor.current();
		int total = periodic.size() + first.size();
		int done = 0;
		progress.update(0, total);
		for (StaffView t : periodic) {
			evaluateOne(cycle, t, RegistrationKind.PERIODIC, windowFrom, cycleHours, appraisals, hours, file, scope,
					by);
			if (++done % 50 == 0) {
				progress.update(done, total);
			}
		}
		for (StaffView t : first) {
			evaluateOne(cycle, t, RegistrationKind.FIRST, t.hireDate(), probationHours, appraisals, hours, file, scope,
					by);
			if (++done % 50 == 0) {
				progress.update(done, total);
			}
		}
		progress.update(total, total);
		return evaluations(scope, cycleId);
	}

	/** Sanctions (§7) and certificates with their status, by person. */
	private record FileFacts(Map<Long, List<SanctionRecord>> sanctions,
			Map<Long, List<CertificateRecord>> certificates) {
	}

	private void evaluateOne(RegistrationCycle cycle, StaffView t, RegistrationKind kind, LocalDate from,
			int requiredHours, Map<Long, List<AppraisalRecord>> appraisals, Map<Long, TrainingHours> hours,
			FileFacts file, DataScope scope, String by) {
		RegistrationEvaluation e = evaluations.findByCycleIdAndStaffId(cycle.getId(), t.id())
			.orElseGet(() -> new RegistrationEvaluation(cycle.getId(), t.id(), t.name(), t.unitId(), by));
		if (e.getStatus() != null && !RegistrationEvaluation.OPEN.contains(e.getStatus())) {
			return;
		}
		LocalDate to = cycle.getDueDate();
		List<RegistrationRule.Interruption> interruptions = new ArrayList<>();
		for (StaffEventView ev : staff.history(scope, t.id())) {
			if (ev.kind() == StaffEventKind.LONG_LEAVE && ev.occurredOn() != null && !ev.occurredOn().isAfter(to)) {
				LocalDate end = ev.endsOn() == null || ev.endsOn().isAfter(to) ? to : ev.endsOn();
				LocalDate start = ev.occurredOn().isBefore(from) ? from : ev.occurredOn();
				if (!end.isBefore(from)) {
					interruptions.add(new RegistrationRule.Interruption(start, end));
				}
			}
		}
		TrainingHours h = hours.get(t.id());
		RegistrationRule.Decision d = withVeto(RegistrationRule.decide(new RegistrationRule.Facts(kind, from, to,
				appraisals.getOrDefault(t.id(), List.of()), h == null ? 0 : h.total(), requiredHours, interruptions,
				file.sanctions().getOrDefault(t.id(), List.of()), file.certificates().getOrDefault(t.id(), List.of()))),
				ethics.veto(scope, t.id(), to, VetoPurpose.REGISTRATION));
		RegistrationOutcome before = e.getOutcome();
		boolean created = e.getId() == null;
		e.evaluate(kind, d.outcome(), from, to, write(d.reasons()), t.unitId(), by);
		evaluations.save(e);
		audit.record(created ? AuditAction.CREATE : AuditAction.UPDATE, EVALUATION, e.getId(),
				t.name() + " (" + cycle.getName() + ")",
				List.of(new Change("outcome", before == null ? null : before.name(), d.outcome().name())));
	}

	/**
	 * The one-vote veto on the due date flags the evaluation: a pass becomes 暂缓注册 with
	 * the veto's reasons; a postponement or failure carries them after its own.
	 */
	static RegistrationRule.Decision withVeto(RegistrationRule.Decision d, VetoDecision veto) {
		if (!veto.blocked()) {
			return d;
		}
		if (d.outcome() == RegistrationOutcome.PASSED) {
			return new RegistrationRule.Decision(RegistrationOutcome.POSTPONED, List.copyOf(veto.reasons()));
		}
		List<Reason> reasons = new ArrayList<>(d.reasons());
		reasons.addAll(veto.reasons());
		return new RegistrationRule.Decision(d.outcome(), List.copyOf(reasons));
	}

	private List<StaffView> activeTeachers(DataScope scope) {
		StaffFilter active = new StaffFilter(null, null, null, null, null, null, null, StaffStatus.ACTIVE, null, null);
		List<StaffView> found = new ArrayList<>();
		List<StaffView> p;
		long last = 0;
		do {
			p = staff.searchAfter(scope, active, last, PAGE);
			p.stream().filter(StaffView::fullTimeTeacher).forEach(found::add);
			last = p.isEmpty() ? last : p.get(p.size() - 1).id();
		}
		while (p.size() == PAGE);
		return found;
	}

	// ---- the workflow: the school submits, the bureau confirms or returns

	@Transactional(readOnly = true)
	public List<EvaluationView> evaluations(DataScope scope, long cycleId) {
		RegistrationCycle cycle = found(scope, cycleId);
		List<RegistrationEvaluation> all = evaluations.findByCycleIdOrderByStaffNameAscIdAsc(cycleId);
		var visible = staff.visible(scope, all.stream().map(RegistrationEvaluation::getStaffId).toList());
		return all.stream()
			.filter(e -> visible.containsKey(e.getStaffId()))
			.map(e -> toView(e, cycle.getName()))
			.toList();
	}

	@Transactional(readOnly = true)
	public EvaluationView evaluation(DataScope scope, long id) {
		return toView(visible(scope, id));
	}

	/** A teacher's evaluations in every cycle, newest first. */
	@Transactional(readOnly = true)
	public List<EvaluationView> evaluationsOf(DataScope scope, long staffId) {
		staff.get(scope, staffId);
		return evaluations.findByStaffIdOrderByIdDesc(staffId).stream().map(this::toView).toList();
	}

	/** The teacher's current qualification certificates, from the personnel file. */
	@Transactional(readOnly = true)
	public List<CertificateRecord> certificates(DataScope scope, long staffId) {
		return staff.certificates(scope, staffId);
	}

	@Transactional
	public EvaluationView submit(DataScope scope, long id) {
		RegistrationEvaluation e = visible(scope, id);
		requireOpen(found(scope, e.getCycleId()));
		e.submit(Actor.current());
		return moved(e, EvaluationStatus.EVALUATED);
	}

	/**
	 * The bureau confirms; a PASSED outcome makes the registration valid until the
	 * cycle's due date plus the registration cycle.
	 */
	@Transactional
	public EvaluationView confirm(DataScope scope, long id, String comment) {
		RegistrationEvaluation e = visible(scope, id);
		checkComment(comment, false);
		RegistrationCycle cycle = found(scope, e.getCycleId());
		requireOpen(cycle);
		int years = rules.parameter(LocalParameter.REGISTRATION_CYCLE_YEARS, cycle.getDueDate()).intValue();
		e.confirm(blankToNull(comment), today(), cycle.getDueDate().plusYears(years), Actor.current());
		return moved(e, EvaluationStatus.SUBMITTED);
	}

	@Transactional
	public EvaluationView returnEvaluation(DataScope scope, long id, String comment) {
		RegistrationEvaluation e = visible(scope, id);
		checkComment(comment, true);
		requireOpen(found(scope, e.getCycleId()));
		e.returnWith(comment.strip(), Actor.current());
		return moved(e, EvaluationStatus.SUBMITTED);
	}

	private EvaluationView moved(RegistrationEvaluation e, EvaluationStatus before) {
		evaluations.save(e);
		List<Change> changes = new ArrayList<>();
		changes.add(new Change("status", before.name(), e.getStatus().name()));
		if (e.getValidUntil() != null) {
			changes.add(new Change("validUntil", null, e.getValidUntil().toString()));
		}
		audit.record(AuditAction.UPDATE, EVALUATION, e.getId(), e.getStaffName(), changes);
		return toView(e);
	}

	private static void checkComment(String comment, boolean required) {
		if (required && (comment == null || comment.isBlank())) {
			throw new Rejection("comment", "registration.comment.required");
		}
		if (comment != null && comment.strip().length() > 500) {
			throw new Rejection("comment", "registration.tooLong", 500);
		}
	}

	private RegistrationEvaluation visible(DataScope scope, long id) {
		RegistrationEvaluation e = evaluations.findById(id)
			.orElseThrow(() -> new NotFound("registration evaluation " + id));
		staff.get(scope, e.getStaffId());
		return e;
	}

	// ---- due and overdue lists, the school's list

	/**
	 * Active people in scope whose registration runs out within {@code months} months
	 * from {@code on} (on included), soonest first.
	 */
	@Transactional(readOnly = true)
	public List<RegistrationListEntry> due(DataScope scope, LocalDate on, int months) {
		LocalDate day = day(on);
		return listed(scope, day, dueWindow(day, months), LIST_ORDER);
	}

	/** One page of {@link #due(DataScope, LocalDate, int)}, cut in the query. */
	@Transactional(readOnly = true)
	public Page<RegistrationListEntry> due(DataScope scope, LocalDate on, int months, int page, int size) {
		LocalDate day = day(on);
		return listed(scope, day, dueWindow(day, months), Paging.request(page, size, MAX_PAGE_SIZE, LIST_ORDER));
	}

	/** Active people in scope whose registration ran out before {@code on}. */
	@Transactional(readOnly = true)
	public List<RegistrationListEntry> overdue(DataScope scope, LocalDate on) {
		LocalDate day = day(on);
		return listed(scope, day, null, LIST_ORDER);
	}

	/** One page of {@link #overdue(DataScope, LocalDate)}, cut in the query. */
	@Transactional(readOnly = true)
	public Page<RegistrationListEntry> overdue(DataScope scope, LocalDate on, int page, int size) {
		LocalDate day = day(on);
		return listed(scope, day, null, Paging.request(page, size, MAX_PAGE_SIZE, LIST_ORDER));
	}

	/** The largest page of a due or overdue list the API answers. */
	static final int MAX_PAGE_SIZE = 200;

	private static final Sort LIST_ORDER = Sort.by("validUntil", "staffName", "id");

	private static LocalDate dueWindow(LocalDate day, int months) {
		if (months < 1 || months > 60) {
			throw Rejection.malformed("months", "registration.months", 1, 60);
		}
		return day.plusMonths(months);
	}

	private List<RegistrationListEntry> listed(DataScope scope, LocalDate on, LocalDate until, Sort order) {
		return entries(scope, evaluations.findAll(standingWhere(scope, on, until), order), on);
	}

	private Page<RegistrationListEntry> listed(DataScope scope, LocalDate on, LocalDate until, PageRequest request) {
		Page<RegistrationEvaluation> found = evaluations.findAll(standingWhere(scope, on, until), request);
		return new PageImpl<>(entries(scope, found.getContent(), on), request, found.getTotalElements());
	}

	// The people of the rows found only: the scope was applied in the query.
	private List<RegistrationListEntry> entries(DataScope scope, List<RegistrationEvaluation> rows, LocalDate on) {
		List<Long> ids = rows.stream().map(RegistrationEvaluation::getStaffId).distinct().toList();
		Map<Long, StaffView> people = staff.visible(scope, ids);
		Map<Long, RegistrationStanding> standings = standingsOf(
				rows.stream().map(RegistrationEvaluation::getStaffId).toList(), on);
		return rows.stream()
			.map(e -> new RegistrationListEntry(people.get(e.getStaffId()), standings.get(e.getStaffId())))
			.toList();
	}

	/**
	 * {@link #standingOf}'s validity in the query: the person's last PASSED evaluation
	 * confirmed by {@code on} (no later one exists) is valid until a day in
	 * {@code on…until} (due) or before {@code on} (overdue, {@code until} null); who is
	 * active and in scope is the staff module's predicate, evaluated by the database
	 * (issue 23: no list of ids in the query).
	 */
	private Specification<RegistrationEvaluation> standingWhere(DataScope scope, LocalDate on, LocalDate until) {
		Specification<RegistrationEvaluation> people = staff.staffIdScope(scope, "staffId", true);
		return (root, q, cb) -> {
			Subquery<Long> later = q.subquery(Long.class);
			Root<RegistrationEvaluation> x = later.from(RegistrationEvaluation.class);
			later.select(x.get("id"))
				.where(cb.equal(x.get("staffId"), root.get("staffId")), passed(cb, x, on),
						cb.or(cb.greaterThan(x.get("confirmedOn"), root.<LocalDate>get("confirmedOn")),
								cb.and(cb.equal(x.get("confirmedOn"), root.get("confirmedOn")),
										cb.greaterThan(x.get("id"), root.<Long>get("id")))));
			Predicate valid = until == null ? cb.lessThan(root.get("validUntil"), on)
					: cb.between(root.get("validUntil"), on, until);
			return cb.and(people.toPredicate(root, q, cb), passed(cb, root, on), valid, cb.not(cb.exists(later)));
		};
	}

	private static Predicate passed(CriteriaBuilder cb, From<?, RegistrationEvaluation> e, LocalDate on) {
		return cb.and(cb.equal(e.get("status"), EvaluationStatus.CONFIRMED),
				cb.equal(e.get("outcome"), RegistrationOutcome.PASSED), cb.lessThanOrEqualTo(e.get("confirmedOn"), on));
	}

	/**
	 * The active full-time teachers in scope with their standing, those who may not teach
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<RegistrationListEntry> teachers(DataScope scope, LocalDate on) {
		List<StaffView> teachers = activeTeachers(scope);
		Map<Long, RegistrationStanding> standings = standingsOf(teachers.stream().map(StaffView::id).toList(), day(on));
		return teachers.stream()
			.map(t -> new RegistrationListEntry(t, standings.get(t.id())))
			.sorted(Comparator.comparing((RegistrationListEntry r) -> r.standing().mayTeach())
				.thenComparing(r -> r.person().name()))
			.toList();
	}

	/**
	 * One teacher's registration standing, certificates and evaluations were shown (issue
	 * 12: reads of personal data are audited).
	 */
	void recordTeacherRead(long staffId) {
		audit.recordRead(STANDING, staffId, "registration standing of staff " + staffId, List.of());
	}

	/**
	 * A list of teachers with their standing was shown: one entry naming the list and the
	 * people on it.
	 */
	void recordListRead(String list, List<RegistrationListEntry> rows) {
		audit.recordRead(STANDING, null, list + ": " + rows.size(), List.of(new Change("ids", null,
				rows.stream().map(r -> String.valueOf(r.person().id())).collect(Collectors.joining(",")))));
	}

	/** Records an export of a list in the audit trail. */
	@Transactional
	public void recordExport(String list, int rows, String format) {
		audit.record(AuditAction.EXPORT, EVALUATION, null, rows + " " + list + " (" + format + ")", List.of());
	}

	// ---- figures: evaluations confirmed in a period, of people in scope

	// Counts only: the people's scope is checked by id, no person loaded.
	@Transactional(readOnly = true)
	Map<RegistrationOutcome, Long> confirmedCounts(DataScope scope, LocalDate from, LocalDate to) {
		List<Object[]> confirmed = evaluations.confirmedOutcomesBetween(from, to);
		// People are counted at the unit they were at on the period's last day.
		Set<Long> visible = staff.visibleIdsOn(scope, confirmed.stream().map(r -> (Long) r[0]).toList(), to);
		Map<RegistrationOutcome, Long> counts = new EnumMap<>(RegistrationOutcome.class);
		for (Object[] r : confirmed) {
			if (visible.contains((Long) r[0])) {
				counts.merge((RegistrationOutcome) r[1], 1L, Long::sum);
			}
		}
		return counts;
	}

	/**
	 * Evaluations confirmed in a period, of the people the scope sees: two queries and
	 * the cycles.
	 */
	@Transactional(readOnly = true)
	List<RegistrationFigures.Confirmed> confirmedIn(DataScope scope, LocalDate from, LocalDate to) {
		List<RegistrationEvaluation> confirmed = evaluations.confirmedBetween(from, to);
		if (confirmed.isEmpty()) {
			return List.of();
		}
		// The scope is read on the period's last day, as the counts read it.
		Set<Long> seen = staff.visibleIdsOn(scope,
				confirmed.stream().map(RegistrationEvaluation::getStaffId).distinct().toList(), to);
		Map<Long, StaffView> people = staff.visible(DataScope.all(), seen);
		// Shown at the unit they were counted at, not where they are now.
		Map<Long, UnitView> units = staff.unitsOn(seen, to);
		Map<Long, String> cycleNames = new HashMap<>();
		cycles.findAll().forEach(c -> cycleNames.put(c.getId(), c.getName()));
		return confirmed.stream()
			.filter(e -> people.containsKey(e.getStaffId()))
			.map(e -> new RegistrationFigures.Confirmed(people.get(e.getStaffId()),
					units.containsKey(e.getStaffId()) ? units.get(e.getStaffId()).name() : "",
					cycleNames.get(e.getCycleId()), e.getOutcome(), e.getConfirmedOn()))
			.toList();
	}

	// ---- views

	private EvaluationView toView(RegistrationEvaluation e) {
		return toView(e, found(e.getCycleId()).getName());
	}

	private EvaluationView toView(RegistrationEvaluation e, String cycleName) {
		return new EvaluationView(e.getId(), e.getCycleId(), cycleName, e.getStaffId(), e.getStaffName(), e.getUnitId(),
				e.getKind(), e.getOutcome(), e.getStatus(), e.getPeriodFrom(), e.getPeriodTo(), read(e.getReasons()),
				e.getValidUntil(), e.getConfirmedOn(), e.getSteps().stream().map(EvaluationStep::toView).toList());
	}

	// Reasons are kept as JSON: rule, message key and the values (numbers or text).
	private String write(List<Reason> reasons) {
		List<Map<String, Object>> rows = reasons.stream().map(r -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("rule", r.rule().name());
			row.put("key", r.messageKey());
			// A term (the veto's purpose or sanction kind) is kept as its message code.
			row.put("args", r.args()
				.stream()
				.map(a -> a instanceof Number ? a
						: a instanceof MessageSourceResolvable m && m.getCodes() != null && m.getCodes().length > 0
								? Map.of("term", m.getCodes()[0]) : String.valueOf(a))
				.toList());
			return row;
		}).toList();
		return json.writeValueAsString(rows);
	}

	private List<Reason> read(String text) {
		List<Map<String, Object>> rows = json.readValue(text, new TypeReference<List<Map<String, Object>>>() {
		});
		return rows.stream()
			.map(r -> new Reason(PolicyRule.valueOf((String) r.get("rule")), (String) r.get("key"),
					((List<?>) r.get("args")).stream()
						.map(a -> a instanceof Map<?, ?> m && m.get("term") instanceof String code
								? (Object) new DefaultMessageSourceResolvable(code) : a)
						.toList()))
			.toList();
	}

	private LocalDate day(LocalDate on) {
		return on == null ? today() : on;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
