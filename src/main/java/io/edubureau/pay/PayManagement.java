package io.edubureau.pay;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.ScopeKind;
import io.edubureau.org.Stage;
import io.edubureau.org.UnitMoved;
import io.edubureau.org.UnitView;
import io.edubureau.personnelfile.PersonnelFileManagement;
import io.edubureau.personnelfile.SanctionRecord;
import io.edubureau.platform.Actor;
import io.edubureau.platform.JdbcRows;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.pay.Views.AdjustmentForm;
import io.edubureau.pay.Views.AdjustmentView;
import io.edubureau.pay.Views.ExportRow;
import io.edubureau.pay.Views.LineView;
import io.edubureau.pay.Views.MonthView;
import io.edubureau.pay.Views.PaySlip;
import io.edubureau.pay.Views.PersonGross;
import io.edubureau.pay.Views.RateLine;
import io.edubureau.pay.Views.RateView;
import io.edubureau.pay.Views.RecordForm;
import io.edubureau.pay.Views.RecordView;
import io.edubureau.pay.Views.StepOutcome;
import io.edubureau.pay.Views.StepRun;
import io.edubureau.pay.Views.StepView;
import io.edubureau.pay.Views.YearTotals;
import io.edubureau.staff.AppraisalRecord;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffLeft;
import io.edubureau.staff.StaffPlacement;
import io.edubureau.staff.StaffView;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Pay's public face. Every call takes the caller's {@link DataScope}: a person outside it
 * is not found (404), like a missing one; a teacher (SELF) sees only their own pay. Every
 * change is audited in its transaction, and every read of another person's pay is audited
 * as a READ.
 */
@Service
public class PayManagement {

	static final String RECORD = "pay.record";

	static final String MONTH = "pay.month";

	static final String SLIP = "pay.slip";

	static final String ADJUSTMENT = "pay.adjustment";

	static final String RATE = "pay.rate";

	static final String PARITY = "pay.parity";

	static final int FIRST_YEAR = 2006;

	/** What a masked amount shows. */
	static final String MASK = "***";

	/**
	 * The permission that shows another person's amounts (register, payslip, exports).
	 */
	static final String SENSITIVE = "pay:sensitive:read";

	static final int LAST_YEAR = 2100;

	private static final Set<Stage> COMPULSORY = EnumSet.of(Stage.PRIMARY, Stage.JUNIOR, Stage.SPECIAL);

	private final PayRateRepository rates;

	private final PayRecordRepository records;

	private final PayRecordStepRepository recordSteps;

	private final PayMonthRepository months;

	private final PayMonthStepRepository monthSteps;

	private final PayLineRepository lines;

	private final PayAdjustmentRepository adjustments;

	private final ParityAverageRepository parityAverages;

	private final StaffManagement staff;

	private final PersonnelFileManagement personnelFile;

	private final OrgManagement org;

	private final AuditManagement audit;

	private final EntityManager em;

	PayManagement(PayRateRepository rates, PayRecordRepository records, PayRecordStepRepository recordSteps,
			PayMonthRepository months, PayMonthStepRepository monthSteps, PayLineRepository lines,
			PayAdjustmentRepository adjustments, ParityAverageRepository parityAverages, StaffManagement staff,
			OrgManagement org, AuditManagement audit, EntityManager em, PersonnelFileManagement personnelFile) {
		this.personnelFile = personnelFile;
		this.rates = rates;
		this.records = records;
		this.recordSteps = recordSteps;
		this.months = months;
		this.monthSteps = monthSteps;
		this.lines = lines;
		this.adjustments = adjustments;
		this.parityAverages = parityAverages;
		this.staff = staff;
		this.org = org;
		this.audit = audit;
		this.em = em;
	}

	// ---- scope

	/**
	 * The scope as a path prefix (with %), a unit id for a one-unit scope, or nothing.
	 */
	record Filter(boolean none, String pathLike, Long unitId) {
	}

	Filter filter(DataScope scope) {
		if (scope.kind() == ScopeKind.ALL) {
			return new Filter(false, "%", null);
		}
		if (scope.kind() == ScopeKind.SELF || scope.unitId() == null) {
			return new Filter(true, "", null);
		}
		String path = org.pathOf(scope.unitId()).orElse(null);
		if (path == null) {
			return new Filter(true, "", null);
		}
		return new Filter(false, path + "%", scope.kind() == ScopeKind.UNIT ? scope.unitId() : null);
	}

	boolean sees(DataScope scope, PayRecord record) {
		if (scope.kind() == ScopeKind.SELF) {
			return scope.staffId() != null && scope.staffId() == record.getStaffId();
		}
		Filter f = filter(scope);
		if (f.none()) {
			return false;
		}
		String prefix = f.pathLike().substring(0, f.pathLike().length() - 1);
		return record.getUnitPath().startsWith(prefix) && (f.unitId() == null || f.unitId() == record.getUnitId());
	}

	PayRecord recordOf(DataScope scope, long staffId) {
		PayRecord r = records.findByStaffId(staffId).orElseThrow(() -> new NotFound("pay record " + staffId));
		if (!sees(scope, r)) {
			throw new NotFound("pay record " + staffId);
		}
		return r;
	}

	// Whether the signed-in user holds pay:sensitive:read (roles decide; no scope here).
	static boolean revealsPay() {
		Authentication a = SecurityContextHolder.getContext().getAuthentication();
		return a != null && a.getAuthorities().stream().anyMatch(g -> SENSITIVE.equals(g.getAuthority()));
	}

	// Another person's amounts are masked without the permission; a teacher's own are
	// not.
	static boolean masksAmounts(DataScope scope) {
		return scope.kind() != ScopeKind.SELF && !revealsPay();
	}

	// A READ entry for another person's pay; the teacher reading their own is not one.
	void auditRead(DataScope scope, String type, Object id, String summary, List<Change> details) {
		if (scope.kind() != ScopeKind.SELF) {
			audit.recordRead(type, id, summary, details);
		}
	}

	static YearMonth parseMonth(String text) {
		try {
			if (text == null || !text.matches("\\d{4}-\\d{2}")) {
				throw new DateTimeParseException("month", String.valueOf(text), 0);
			}
			YearMonth m = YearMonth.parse(text);
			if (m.getYear() < FIRST_YEAR || m.getYear() > LAST_YEAR) {
				throw new Rejection("month", "pay.month.range", text, FIRST_YEAR, LAST_YEAR);
			}
			return m;
		}
		catch (DateTimeParseException ex) {
			throw new Rejection("month", "pay.month.invalid", String.valueOf(text));
		}
	}

	static void checkYear(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new Rejection("year", "pay.year.range", year, FIRST_YEAR, LAST_YEAR);
		}
	}

	long owner(DataScope scope) {
		return org.owningUnit(scope).orElseThrow(() -> new Rejection("month", "pay.month.noOwner"));
	}

	@EventListener
	void on(UnitMoved moved) {
		records.moveUnitPaths(moved.oldPath(), moved.newPath());
	}

	// ---- rates (wage tables and allowances)

	@Transactional(readOnly = true)
	public List<RateView> rates() {
		return rates.findAllByOrderByKindAscEffectiveFromDescCodeAsc()
			.stream()
			.map(r -> new RateView(r.getId(), r.getKind(), r.getCode(), r.getAmountFen(), r.getEffectiveFrom(),
					r.getSource()))
			.toList();
	}

	/**
	 * Adds a table's rates from a date; the earlier rows stay. Called inside the import's
	 * transaction, which records the import's audit entry; refuses a date before the
	 * rule.
	 */
	void addRates(List<RateLine> table, LocalDate effectiveFrom, String source) {
		if (effectiveFrom == null) {
			throw new Rejection("effective_from", "pay.rate.effectiveRequired");
		}
		if (effectiveFrom.isBefore(PayRule.SALARY_STRUCTURE.effective()) || effectiveFrom.getYear() > LAST_YEAR) {
			throw new Rejection("effective_from", "pay.rate.effectiveRange", effectiveFrom,
					PayRule.SALARY_STRUCTURE.effective());
		}
		String actor = Actor.current();
		Instant now = Instant.now();
		for (RateLine l : table) {
			rates.save(new PayRate(l.kind(), l.code(), l.amountFen(), effectiveFrom, source, actor, now));
		}
	}

	// ---- pay records

	/** Enrols a person in scope with their grade, step (dated) and allowances. */
	@Transactional
	public RecordView enrol(DataScope scope, RecordForm form) {
		if (form.staffId() == null) {
			throw new Rejection("staffId", "pay.required");
		}
		StaffView person = staff.get(scope, form.staffId());
		checkForm(form);
		if (records.findByStaffId(person.id()).isPresent()) {
			throw new Rejection("staffId", "pay.record.exists", person.name());
		}
		UnitView unit = org.byIds(List.of(person.unitId())).get(person.unitId());
		PayRecord r = records
			.save(new PayRecord(person.id(), person.name(), person.unitId(), unit.path(), form.postGrade(),
					form.salaryStep(), form.effectiveOn(), form.isHeadTeacher(), form.isSpecialEducation(),
					compulsory(person), blankToNull(form.bankAccount()), Actor.current(), Instant.now()));
		recordSteps.save(new PayRecordStep(r, PayRecordStep.Kind.ENROLLED, form.effectiveOn(), List.of(),
				Actor.current(), Instant.now()));
		audit.record(AuditAction.CREATE, RECORD, person.id(), person.name(), Change.created(snapshot(r)));
		return view(r);
	}

	/**
	 * A dated change of grade, step or allowances; the history keeps the earlier values.
	 */
	@Transactional
	public RecordView change(DataScope scope, long staffId, RecordForm form) {
		PayRecord r = recordOf(scope, staffId);
		checkForm(form);
		Map<String, Object> before = snapshot(r);
		r.change(form.postGrade(), form.salaryStep(), form.effectiveOn(), form.isHeadTeacher(),
				form.isSpecialEducation(), blankToNull(form.bankAccount()));
		recordSteps.save(new PayRecordStep(r, PayRecordStep.Kind.CHANGED, form.effectiveOn(), List.of(),
				Actor.current(), Instant.now()));
		audit.record(AuditAction.UPDATE, RECORD, staffId, r.getStaffName(), Change.between(before, snapshot(r)));
		return view(r);
	}

	private static void checkForm(RecordForm form) {
		List<Problem> problems = new ArrayList<>();
		if (form.postGrade() == null || form.postGrade() < 1 || form.postGrade() > PayCalculator.MAX_POST_GRADE) {
			problems.add(new Problem("postGrade", "pay.record.postGrade.invalid", 1, PayCalculator.MAX_POST_GRADE));
		}
		if (form.salaryStep() == null || form.salaryStep() < 1 || form.salaryStep() > PayCalculator.MAX_STEP) {
			problems.add(new Problem("salaryStep", "pay.record.salaryStep.invalid", 1, PayCalculator.MAX_STEP));
		}
		if (form.effectiveOn() == null || form.effectiveOn().getYear() < FIRST_YEAR
				|| form.effectiveOn().getYear() > LAST_YEAR) {
			problems.add(new Problem("effectiveOn", "pay.record.effectiveOn.invalid", FIRST_YEAR, LAST_YEAR));
		}
		if (form.bankAccount() != null && !form.bankAccount().isBlank()
				&& !form.bankAccount().strip().matches("\\d{8,30}")) {
			problems.add(new Problem("bankAccount", "pay.record.bankAccount.invalid"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
	}

	private static boolean compulsory(StaffView person) {
		return compulsory(person.fullTimeTeacher(), person.stage());
	}

	private static boolean compulsory(boolean fullTimeTeacher, Stage stage) {
		return fullTimeTeacher && stage != null && COMPULSORY.contains(stage);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	static String maskAccount(String account) {
		if (account == null) {
			return null;
		}
		return account.length() <= 4 ? "****" : "****" + account.substring(account.length() - 4);
	}

	private static Map<String, Object> snapshot(PayRecord r) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("staffId", r.getStaffId());
		m.put("unitId", r.getUnitId());
		m.put("postGrade", r.getPostGrade());
		m.put("salaryStep", r.getSalaryStep());
		m.put("stepSince", r.getStepSince());
		m.put("headTeacher", r.isHeadTeacher());
		m.put("specialEducation", r.isSpecialEducation());
		m.put("compulsoryTeacher", r.isCompulsoryTeacher());
		m.put("bankAccount", maskAccount(r.getBankAccount()));
		m.put("status", r.getStatus());
		m.put("endedFrom", r.getEndedFrom());
		return m;
	}

	private RecordView view(PayRecord r) {
		List<StepView> history = recordSteps.findByRecordIdOrderByEffectiveOnAscIdAsc(r.getId())
			.stream()
			.map(s -> new StepView(s.getKind(), s.getEffectiveOn(), s.getPostGrade(), s.getSalaryStep(), s.reasons(),
					s.getActor()))
			.toList();
		return new RecordView(r.getStaffId(), r.getStaffName(), r.getUnitId(), r.getPostGrade(), r.getSalaryStep(),
				r.getStepSince(), r.isHeadTeacher(), r.isSpecialEducation(), r.isCompulsoryTeacher(),
				maskAccount(r.getBankAccount()), r.getStatus(), history);
	}

	/** One person's pay record with its history; audited as a read of another's pay. */
	@Transactional(readOnly = true)
	public RecordView record(DataScope scope, long staffId) {
		PayRecord r = recordOf(scope, staffId);
		auditRead(scope, RECORD, staffId, r.getStaffName(),
				List.of(new Change("masked", null, Boolean.toString(masksAmounts(scope)))));
		return view(r);
	}

	// ---- the annual step increase

	/**
	 * Decides the step of 1 January {@code year} for every active record in scope not yet
	 * decided for that day: raised or withheld, each with its reasons in the history.
	 */
	@Transactional
	public StepRun stepIncreases(DataScope scope, int year) {
		checkYear(year);
		if (year > LocalDate.now().getYear()) {
			throw new Rejection("year", "pay.step.future", year);
		}
		Filter f = filter(scope);
		if (f.none()) {
			throw new Rejection("year", "pay.month.noOwner");
		}
		LocalDate on = LocalDate.of(year, 1, 1);
		List<PayRecord> active = records
			.findByStatusAndUnitPathStartingWithOrderByIdAsc(PayRecord.Status.ACTIVE,
					f.pathLike().substring(0, f.pathLike().length() - 1))
			.stream()
			.filter(r -> f.unitId() == null || f.unitId() == r.getUnitId())
			.toList();
		Set<Long> decided = new HashSet<>();
		for (int i = 0; i < active.size(); i += 1000) {
			List<Long> ids = active.subList(i, Math.min(active.size(), i + 1000))
				.stream()
				.map(PayRecord::getId)
				.toList();
			recordSteps
				.findByRecordIdInAndEffectiveOnAndKindIn(ids, on,
						EnumSet.of(PayRecordStep.Kind.STEP_INCREASE, PayRecordStep.Kind.STEP_WITHHELD))
				.forEach(s -> decided.add(s.getRecordId()));
		}
		List<PayRecord> due = active.stream()
			.filter(r -> !decided.contains(r.getId()) && on.isAfter(r.getStepSince()))
			.toList();
		List<Long> staffIds = due.stream().map(PayRecord::getStaffId).toList();
		Map<Long, List<AppraisalRecord>> appraisals = staff.appraisals(scope, staffIds);
		Map<Long, List<SanctionRecord>> sanctions = personnelFile.sanctions(scope, staffIds);
		List<StepOutcome> outcomes = new ArrayList<>();
		List<AuditManagement.Entry> entries = new ArrayList<>();
		int raised = 0;
		String actor = Actor.current();
		Instant now = Instant.now();
		for (PayRecord r : due) {
			PayCalculator.StepDecision d = PayCalculator.stepIncrease(year, r.getSalaryStep(),
					appraisals.getOrDefault(r.getStaffId(), List.of()),
					sanctions.getOrDefault(r.getStaffId(), List.of()));
			Map<String, Object> before = snapshot(r);
			if (d.raised()) {
				r.raiseStep(d.newStep(), on);
				raised++;
			}
			recordSteps.save(new PayRecordStep(r,
					d.raised() ? PayRecordStep.Kind.STEP_INCREASE : PayRecordStep.Kind.STEP_WITHHELD, on, d.reasons(),
					actor, now));
			List<Change> changes = new ArrayList<>(Change.between(before, snapshot(r)));
			changes.add(new Change("stepDecision", null, (d.raised() ? "STEP_INCREASE " : "STEP_WITHHELD ") + on));
			entries.add(new AuditManagement.Entry(r.getStaffId(), r.getStaffName(), changes));
			outcomes.add(new StepOutcome(r.getStaffId(), r.getStaffName(), d.raised(), d.newStep(), d.reasons()));
		}
		if (!entries.isEmpty()) {
			audit.recordAll(AuditAction.UPDATE, RECORD, entries);
		}
		return new StepRun(year, raised, outcomes.size() - raised, active.size() - due.size(), outcomes);
	}

	// ---- payroll months

	/**
	 * Months whose owner concerns the scope (the county's months for its schools), latest
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<MonthView> months(DataScope scope) {
		if (scope.kind() == ScopeKind.SELF) {
			return List.of();
		}
		Map<Long, Boolean> covered = new HashMap<>();
		return months.findAllByOrderByMonthCodeDescIdAsc()
			.stream()
			.filter(m -> covered.computeIfAbsent(m.getOwnerUnitId(), o -> org.covers(scope, o)))
			.map(m -> monthView(scope, m))
			.toList();
	}

	/**
	 * Whether each payroll month of the scope is locked, latest first (the home page's
	 * months to compute and to lock).
	 */
	@Transactional(readOnly = true)
	public Map<String, Boolean> monthLocks(DataScope scope) {
		Map<String, Boolean> locks = new java.util.LinkedHashMap<>();
		months(scope).forEach(m -> locks.merge(m.month(), m.state() == PayMonth.State.LOCKED, Boolean::logicalAnd));
		return locks;
	}

	private PayMonth ownMonth(DataScope scope, YearMonth month) {
		return months.findByOwnerUnitIdAndMonthCode(owner(scope), month.toString())
			.orElseThrow(() -> new NotFound("pay month " + month));
	}

	/** The month of the scope's owning unit, or the one its bureau computed. */
	private PayMonth visibleMonth(DataScope scope, YearMonth month) {
		return months.findByMonthCode(month.toString())
			.stream()
			.filter(m -> org.covers(scope, m.getOwnerUnitId()))
			.max(Comparator.comparingInt(m -> m.getOwnerPath().length()))
			.orElseThrow(() -> new NotFound("pay month " + month));
	}

	@Transactional(readOnly = true)
	public MonthView month(DataScope scope, String month) {
		return monthView(scope, visibleMonth(scope, parseMonth(month)));
	}

	// A month's gross is everyone's pay together: masked like a person's amounts (a
	// school's
	// reader could otherwise take the visible from it).
	private static MonthView monthView(DataScope scope, PayMonth m) {
		MonthView v = MonthView.of(m);
		return masksAmounts(scope) ? v.masked() : v;
	}

	/**
	 * Computes (or recomputes, as a new run) the month of the scope's owning unit for
	 * every active record below it, at the rates in force on the month's first day; a
	 * missing wage rate refuses the whole month. A locked month is refused.
	 */
	@Transactional
	public MonthView compute(DataScope scope, String monthText) {
		YearMonth month = parseMonth(monthText);
		long ownerId = owner(scope);
		String ownerPath = org.pathOf(ownerId).orElseThrow(() -> new NotFound("unit " + ownerId));
		PayMonth existing = months.findByOwnerUnitIdAndMonthCode(ownerId, month.toString()).orElse(null);
		if (existing != null && existing.getState() == PayMonth.State.LOCKED) {
			throw new Rejection("month", "pay.month.locked", month.toString());
		}
		List<Paid> paid = paidIn(scope, ownerPath, month);
		PayCalculator.RateBook book = new PayCalculator.RateBook(month.atDay(1),
				rates.findByEffectiveFromLessThanEqual(month.atDay(1)));
		Map<Long, List<PayAdjustment>> adjusted = new HashMap<>();
		for (PayAdjustment a : adjustments.findByMonthCodeOrderByIdAsc(month.toString())) {
			adjusted.computeIfAbsent(a.getStaffId(), k -> new ArrayList<>()).add(a);
		}
		// People with the same facts get the same lines: each set of lines is worked out
		// once and shared, so a province's month costs a few hundred calculations.
		Map<PayCalculator.Facts, Priced> priced = new HashMap<>();
		List<Problem> problems = new ArrayList<>();
		List<Priced> perPerson = new ArrayList<>(paid.size());
		int lineCount = 0;
		for (Paid r : paid) {
			PayCalculator.Facts facts = new PayCalculator.Facts(r.postGrade(), r.salaryStep(), r.headTeacher(),
					r.specialEducation(), r.remoteness(), adjusted.getOrDefault(r.staffId(), List.of()));
			Priced p = facts.adjustments().isEmpty() ? priced.computeIfAbsent(facts, f -> price(month, f, book))
					: price(month, facts, book);
			for (PayCalculator.Missing m : p.missing()) {
				if (problems.size() < 20) {
					problems.add(new Problem("month", "pay.month.missing." + m.kind().name(), m.code(), r.staffName(),
							month.atDay(1)));
				}
			}
			perPerson.add(p);
			lineCount += p.lines().size();
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		String actor = Actor.current();
		Instant now = Instant.now();
		boolean created = existing == null;
		PayMonth m = created ? months.save(new PayMonth(month.toString(), ownerId, ownerPath, actor, now)) : existing;
		Map<String, Object> before = created ? Map.of() : monthSnapshot(m);
		if (!created) {
			m.recompute(actor, now);
		}
		// The month row must exist before its lines reference it.
		months.saveAndFlush(m);
		long gross = 0;
		int[] person = new int[lineCount];
		int[] line = new int[lineCount];
		for (int i = 0, n = 0; i < perPerson.size(); i++) {
			Priced p = perPerson.get(i);
			for (int k = 0; k < p.lines().size(); k++, n++) {
				person[n] = i;
				line[n] = k;
			}
			gross = Math.addExact(gross, p.gross());
		}
		long[] ids = JdbcRows.ids(em, PayLine.class, "pay_seq", lineCount);
		long monthId = m.getId();
		int run = m.getRunNumber();
		JdbcRows.insert(em, "pay_line", LINE_COLUMNS, lineCount, n -> {
			Paid r = paid.get(person[n]);
			Priced p = perPerson.get(person[n]);
			PayCalculator.Line l = p.lines().get(line[n]);
			return new Object[] { ids[n], monthId, run, r.staffId(), r.unitId(), r.unitPath(), r.compulsoryTeacher(),
					l.code().name(), l.amountFen(), p.reasons().get(line[n]) };
		});
		m.totals(paid.size(), gross);
		months.saveAndFlush(m);
		monthSteps.save(new PayMonthStep(m, PayMonth.State.COMPUTED.name(), actor, now));
		audit.record(created ? AuditAction.CREATE : AuditAction.UPDATE, MONTH, m.getId(), month.toString(),
				Change.between(before, monthSnapshot(m)));
		return MonthView.of(m);
	}

	static final String[] LINE_COLUMNS = { "id", "month_id", "run_number", "staff_id", "unit_id", "unit_path",
			"compulsory_teacher", "code", "amount_fen", "reasons" };

	/** A person paid in a month, as the month reads their record and placement. */
	record Paid(long staffId, String staffName, long unitId, String unitPath, int postGrade, int salaryStep,
			boolean headTeacher, boolean specialEducation, boolean compulsoryTeacher, Remoteness remoteness) {
	}

	/**
	 * The lines of one set of facts, their reasons as stored, the gross, what was
	 * missing.
	 */
	record Priced(List<PayCalculator.Line> lines, List<String> reasons, long gross,
			List<PayCalculator.Missing> missing) {
	}

	private static Priced price(YearMonth month, PayCalculator.Facts facts, PayCalculator.RateBook book) {
		List<PayCalculator.Missing> missing = new ArrayList<>();
		List<PayCalculator.Line> ls = PayCalculator.lines(month, facts, book, missing);
		return new Priced(ls, ls.stream().map(l -> PayReason.encode(l.reasons())).toList(), PayCalculator.gross(ls),
				missing);
	}

	/**
	 * The records paid in the month under the owner: an active person in scope, placed
	 * where they are now (the record of a person who moved or was renamed is updated),
	 * and a person whose record ended after the month's first day, where the record last
	 * placed them; two reads, whatever the number of people.
	 */
	private List<Paid> paidIn(DataScope scope, String ownerPath, YearMonth month) {
		Map<Long, StaffPlacement> people = new HashMap<>();
		for (StaffPlacement p : staff.activeUnder(scope, ownerPath)) {
			people.put(p.staffId(), p);
		}
		List<Object[]> rows = records.paidUnder(PayRecord.Status.ACTIVE, month.atDay(1), ownerPath);
		Set<Long> unitIds = new HashSet<>();
		people.values().forEach(p -> unitIds.add(p.unitId()));
		rows.stream().filter(row -> row[9] != null).forEach(row -> unitIds.add((Long) row[2]));
		Map<Long, UnitView> units = org.byIds(List.copyOf(unitIds));
		List<Paid> paid = new ArrayList<>();
		List<Long> moved = new ArrayList<>();
		for (Object[] row : rows) {
			long staffId = (Long) row[0];
			StaffPlacement p = people.get(staffId);
			if (p == null && row[9] != null) {
				// Ended after this month began: paid for the month where the record left
				// them.
				UnitView u = units.get((Long) row[2]);
				if (u != null && u.path().startsWith(ownerPath) && sees(scope, (String) row[3], (Long) row[2])) {
					paid.add(new Paid(staffId, (String) row[1], (Long) row[2], (String) row[3], (Integer) row[4],
							(Integer) row[5], (Boolean) row[6], (Boolean) row[7], (Boolean) row[8], Remoteness.of(u)));
				}
				continue;
			}
			UnitView u = p == null ? null : units.get(p.unitId());
			if (u == null || !u.path().startsWith(ownerPath)) {
				continue;
			}
			boolean compulsory = compulsory(p.fullTimeTeacher(), p.stage());
			if ((Long) row[2] != p.unitId() || !u.path().equals(row[3]) || !p.name().equals(row[1])
					|| (Boolean) row[8] != compulsory) {
				moved.add(staffId);
			}
			paid.add(new Paid(staffId, p.name(), p.unitId(), u.path(), (Integer) row[4], (Integer) row[5],
					(Boolean) row[6], (Boolean) row[7], compulsory, Remoteness.of(u)));
		}
		for (int i = 0; i < moved.size(); i += 1000) {
			for (PayRecord r : records.findByStaffIdIn(moved.subList(i, Math.min(moved.size(), i + 1000)))) {
				StaffPlacement p = people.get(r.getStaffId());
				UnitView u = units.get(p.unitId());
				r.placeAt(p.unitId(), u.path(), p.name(), compulsory(p.fullTimeTeacher(), p.stage()));
			}
		}
		return paid;
	}

	private boolean sees(DataScope scope, String unitPath, long unitId) {
		Filter f = filter(scope);
		return !f.none() && unitPath.startsWith(f.pathLike().substring(0, f.pathLike().length() - 1))
				&& (f.unitId() == null || f.unitId() == unitId);
	}

	// ---- ending a record when the person leaves

	/**
	 * A person retired, left or died: their active pay record ends from the first day of
	 * the month after, with the reasons in its history; locked months are never
	 * rewritten, and the reasons name any that paid the person after the end (to recover
	 * by adjustment). Runs after the staff change commits, in a transaction of its own.
	 */
	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(StaffLeft left) {
		PayRecord r = records.findByStaffId(left.staffId()).orElse(null);
		if (r == null || r.getStatus() != PayRecord.Status.ACTIVE) {
			return;
		}
		YearMonth from = PayCalculator.firstUnpaidMonth(left.on());
		Map<String, Object> before = snapshot(r);
		r.end(from.atDay(1));
		List<PayReason> reasons = new ArrayList<>();
		reasons.add(new PayReason(PayRule.LEAVING, "end." + left.status().name(), left.on(), from));
		List<String> paidAfter = months
			.findByStateAndMonthCodeBetween(PayMonth.State.LOCKED, from.toString(), LAST_YEAR + "-12")
			.stream()
			.filter(m -> r.getUnitPath().startsWith(m.getOwnerPath()))
			.filter(m -> !lines
				.findByMonthIdAndRunNumberAndStaffIdOrderByIdAsc(m.getId(), m.getRunNumber(), r.getStaffId())
				.isEmpty())
			.map(PayMonth::getMonthCode)
			.sorted()
			.toList();
		if (!paidAfter.isEmpty()) {
			reasons.add(new PayReason(PayRule.CORRECTION, "end.lockedPaid", String.join(", ", paidAfter)));
		}
		recordSteps.save(
				new PayRecordStep(r, PayRecordStep.Kind.ENDED, from.atDay(1), reasons, Actor.current(), Instant.now()));
		List<Change> changes = new ArrayList<>(Change.between(before, snapshot(r)));
		changes.add(new Change("staffStatus", null, left.status().name() + " " + left.on()));
		if (!paidAfter.isEmpty()) {
			changes.add(new Change("lockedMonthsPaidAfterEnd", null, String.join(",", paidAfter)));
		}
		audit.record(AuditAction.UPDATE, RECORD, r.getStaffId(), r.getStaffName(), changes);
	}

	/** Locks a computed month of the scope's owning unit: it never changes again. */
	@Transactional
	public MonthView lock(DataScope scope, String monthText) {
		PayMonth m = ownMonth(scope, parseMonth(monthText));
		Map<String, Object> before = monthSnapshot(m);
		m.lock(Actor.current(), Instant.now());
		monthSteps.save(new PayMonthStep(m, PayMonth.State.LOCKED.name(), Actor.current(), Instant.now()));
		audit.record(AuditAction.LOCK, MONTH, m.getId(), m.getMonthCode(), Change.between(before, monthSnapshot(m)));
		return MonthView.of(m);
	}

	private static Map<String, Object> monthSnapshot(PayMonth m) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("month", m.getMonthCode());
		s.put("ownerUnitId", m.getOwnerUnitId());
		s.put("state", m.getState());
		s.put("run", m.getRunNumber());
		s.put("headcount", m.getHeadcount());
		s.put("grossFen", m.getGrossFen());
		return s;
	}

	/**
	 * The people of a month in scope with their gross; audited as a read of their pay.
	 */
	@Transactional(readOnly = true)
	public List<PersonGross> people(DataScope scope, String monthText) {
		PayMonth m = visibleMonth(scope, parseMonth(monthText));
		Filter f = filter(scope);
		if (f.none()) {
			return List.of();
		}
		List<Object[]> rows = lines.grossByPerson(m.getId(), m.getRunNumber(), f.pathLike(), f.unitId());
		Map<Long, PayRecord> byStaff = new HashMap<>();
		List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
		for (int i = 0; i < ids.size(); i += 1000) {
			records.findByStaffIdIn(ids.subList(i, Math.min(ids.size(), i + 1000)))
				.forEach(r -> byStaff.put(r.getStaffId(), r));
		}
		boolean masked = masksAmounts(scope);
		List<PersonGross> people = rows.stream().map(r -> {
			PayRecord rec = byStaff.get((Long) r[0]);
			return new PersonGross((Long) r[0], rec == null ? "" : rec.getStaffName(),
					rec == null ? 0 : rec.getUnitId(), masked ? null : ((Number) r[1]).longValue());
		}).sorted(Comparator.comparingLong(PersonGross::unitId).thenComparing(PersonGross::name)).toList();
		auditRead(scope, MONTH, m.getId(), m.getMonthCode() + ": " + people.size(),
				List.of(new Change("staffIds", null, ids.size() > 200 ? ids.subList(0, 200) + "…" : ids.toString()),
						new Change("masked", null, Boolean.toString(masked))));
		return people;
	}

	/**
	 * One person's month: each line with its reasons; audited as a read of another's pay.
	 */
	@Transactional(readOnly = true)
	public PaySlip slip(DataScope scope, long staffId, String monthText) {
		YearMonth month = parseMonth(monthText);
		PayRecord r = recordOf(scope, staffId);
		PayMonth m = months.findByMonthCode(month.toString())
			.stream()
			.filter(x -> r.getUnitPath().startsWith(x.getOwnerPath()))
			.max(Comparator.comparingInt(x -> x.getOwnerPath().length()))
			.orElseThrow(() -> new NotFound("pay month " + month));
		List<PayLine> paid = lines.findByMonthIdAndRunNumberAndStaffIdOrderByIdAsc(m.getId(), m.getRunNumber(),
				staffId);
		if (paid.isEmpty()) {
			throw new NotFound("pay slip " + staffId + " " + month);
		}
		boolean masked = masksAmounts(scope);
		List<LineView> ls = paid.stream()
			.map(l -> masked ? new LineView(l.getCode(), null, l.reasons().stream().map(PayReason::masked).toList())
					: new LineView(l.getCode(), l.getAmountFen(), l.reasons()))
			.toList();
		long gross = paid.stream().mapToLong(PayLine::getAmountFen).sum();
		auditRead(scope, SLIP, staffId, r.getStaffName() + " " + month, List
			.of(new Change("month", null, month.toString()), new Change("masked", null, Boolean.toString(masked))));
		return new PaySlip(staffId, r.getStaffName(), month.toString(), m.getState(), ls, masked ? null : gross,
				masked);
	}

	/** The months a person has lines in, latest first (for their own page). */
	@Transactional(readOnly = true)
	public List<MonthView> monthsOf(DataScope scope, long staffId) {
		PayRecord r = recordOf(scope, staffId);
		return months.findAllByOrderByMonthCodeDescIdAsc()
			.stream()
			.filter(m -> r.getUnitPath().startsWith(m.getOwnerPath()))
			// The month's gross is not the teacher's own: shown only with the permission.
			.map(m -> revealsPay() ? MonthView.of(m) : MonthView.of(m).masked())
			.toList();
	}

	// ---- adjustments

	/**
	 * A correction paid in a month not yet locked (of the scope's owning unit); a locked
	 * month is refused: the correction goes to the next month.
	 */
	@Transactional
	public AdjustmentView adjust(DataScope scope, long staffId, AdjustmentForm form) {
		PayRecord r = recordOf(scope, staffId);
		YearMonth month = parseMonth(form.month());
		List<Problem> problems = new ArrayList<>();
		if (form.amountFen() == null || form.amountFen() == 0 || Math.abs(form.amountFen()) > 100_000_000L) {
			problems.add(new Problem("amountFen", "pay.adjustment.amount"));
		}
		String note = form.note() == null ? "" : form.note().strip();
		if (note.isEmpty() || note.length() > 300) {
			problems.add(new Problem("note", "pay.adjustment.note.invalid"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		months.findByOwnerUnitIdAndMonthCode(owner(scope), month.toString())
			.filter(m -> m.getState() == PayMonth.State.LOCKED)
			.ifPresent(m -> {
				throw new Rejection("month", "pay.adjustment.locked", month.toString(), month.plusMonths(1).toString());
			});
		PayAdjustment a = adjustments.save(new PayAdjustment(staffId, r.getUnitPath(), month.toString(),
				form.amountFen(), note, Actor.current(), Instant.now()));
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("staffId", staffId);
		created.put("month", month.toString());
		created.put("amountFen", form.amountFen());
		created.put("note", note);
		audit.record(AuditAction.CREATE, ADJUSTMENT, a.getId(), r.getStaffName() + " " + month,
				Change.created(created));
		return new AdjustmentView(a.getId(), staffId, a.getMonthCode(), a.getAmountFen(), a.getNote(), a.getCreatedBy(),
				a.getCreatedAt());
	}

	@Transactional(readOnly = true)
	public List<AdjustmentView> adjustments(DataScope scope, long staffId) {
		recordOf(scope, staffId);
		boolean masked = masksAmounts(scope);
		return adjustments.findByStaffIdOrderByIdDesc(staffId)
			.stream()
			.map(a -> new AdjustmentView(a.getId(), staffId, a.getMonthCode(), a.getAmountFen(), a.getNote(),
					a.getCreatedBy(), a.getCreatedAt()))
			.map(v -> masked ? v.masked() : v)
			.toList();
	}

	// ---- exports

	/**
	 * Every person's lines of a month in scope, for the bank batch and the payroll
	 * register; one EXPORT entry names the month, the layout, how many people and whether
	 * the amounts were masked (the caller masks them).
	 */
	@Transactional
	public List<ExportRow> export(DataScope scope, String monthText, String layout, boolean masked) {
		PayMonth m = visibleMonth(scope, parseMonth(monthText));
		Filter f = filter(scope);
		if (f.none()) {
			return List.of();
		}
		Map<Long, Map<PayLineCode, Long>> amounts = new LinkedHashMap<>();
		Map<Long, Long> unitOf = new HashMap<>();
		for (PayLine l : lines.linesOf(m.getId(), m.getRunNumber(), f.pathLike(), f.unitId())) {
			amounts.computeIfAbsent(l.getStaffId(), k -> new EnumMap<>(PayLineCode.class))
				.merge(l.getCode(), l.getAmountFen(), Long::sum);
			unitOf.put(l.getStaffId(), l.getUnitId());
		}
		Map<Long, PayRecord> byStaff = new HashMap<>();
		List<Long> ids = List.copyOf(amounts.keySet());
		for (int i = 0; i < ids.size(); i += 1000) {
			records.findByStaffIdIn(ids.subList(i, Math.min(ids.size(), i + 1000)))
				.forEach(r -> byStaff.put(r.getStaffId(), r));
		}
		List<ExportRow> rows = new ArrayList<>();
		amounts.forEach((id, a) -> {
			PayRecord r = byStaff.get(id);
			rows.add(new ExportRow(id, r == null ? "" : r.getStaffName(), unitOf.get(id),
					r == null ? null : r.getBankAccount(), a, a.values().stream().mapToLong(Long::longValue).sum()));
		});
		audit.record(AuditAction.EXPORT, MONTH, m.getId(), m.getMonthCode() + " " + layout,
				List.of(new Change("layout", null, layout), new Change("people", null, Integer.toString(rows.size())),
						new Change("masked", null, Boolean.toString(masked))));
		return rows;
	}

	/** Unit names for pages and exports. */
	@Transactional(readOnly = true)
	public Map<Long, String> unitNames(java.util.Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		org.byIds(ids).forEach((id, u) -> names.put(id, u.name()));
		return names;
	}

	// ---- parity (义务教育法 第三十一条)

	/**
	 * Enters the local civil servants' average annual pay of a year (the latest entry
	 * counts).
	 */
	@Transactional
	public PayCalculator.Parity recordCivilServantAverage(DataScope scope, int year, Long averageFen, String source) {
		checkYear(year);
		List<Problem> problems = new ArrayList<>();
		if (averageFen == null || averageFen <= 0 || averageFen > 100_000_000_00L) {
			problems.add(new Problem("averageFen", "pay.parity.average"));
		}
		String s = source == null ? "" : source.strip();
		if (s.isEmpty() || s.length() > 200) {
			problems.add(new Problem("source", "pay.parity.source"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		long ownerId = owner(scope);
		ParityAverage p = parityAverages
			.save(new ParityAverage(ownerId, year, averageFen, s, Actor.current(), Instant.now()));
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("ownerUnitId", ownerId);
		created.put("year", year);
		created.put("averageFen", averageFen);
		created.put("source", s);
		audit.record(AuditAction.CREATE, PARITY, p.getId(), Integer.toString(year), Change.created(created));
		return parity(scope, year).get(0);
	}

	/**
	 * The check of a year and the four before it (the trend), latest first: the
	 * compulsory-education teachers' average of the locked months in scope against the
	 * civil servants' average the owning unit entered.
	 */
	@Transactional(readOnly = true)
	public List<PayCalculator.Parity> parity(DataScope scope, int year) {
		checkYear(year);
		Map<Integer, Long> civil = new HashMap<>();
		org.owningUnit(scope)
			.ifPresent(o -> parityAverages.findByOwnerUnitIdOrderByYearAscIdAsc(o)
				.forEach(p -> civil.put(p.getYear(), p.getAverageFen())));
		List<PayCalculator.Parity> trend = new ArrayList<>();
		for (int y = year; y > year - 5 && y >= FIRST_YEAR; y--) {
			YearTotals t = yearTotals(scope, y);
			trend.add(PayCalculator.parity(y, PayCalculator.annualAverage(t.teacherTotalFen(), t.teacherPersonMonths()),
					civil.get(y)));
		}
		return trend;
	}

	/** The civil servants' average the scope's owning unit entered for a year, if any. */
	@Transactional(readOnly = true)
	public Long civilServantAverage(DataScope scope, int year) {
		return org.owningUnit(scope)
			.flatMap(o -> parityAverages.findByOwnerUnitIdOrderByYearAscIdAsc(o)
				.stream()
				.filter(p -> p.getYear() == year)
				.reduce((a, b) -> b))
			.map(ParityAverage::getAverageFen)
			.orElse(null);
	}

	// ---- figures

	private List<Long> lockedMonthIds(int year) {
		return months.findByStateAndMonthCodeBetween(PayMonth.State.LOCKED, year + "-01", year + "-12")
			.stream()
			.map(PayMonth::getId)
			.toList();
	}

	/**
	 * The year's locked months in scope: totals and person-months, all and compulsory
	 * teachers.
	 */
	@Transactional(readOnly = true)
	public YearTotals yearTotals(DataScope scope, int year) {
		return yearTotals(scope, year, null);
	}

	YearTotals yearTotals(DataScope scope, int year, Long unitId) {
		Filter f = narrowed(scope, unitId);
		List<Long> ids = lockedMonthIds(year);
		if (f.none() || ids.isEmpty()) {
			return new YearTotals(0, 0, 0, 0, 0);
		}
		long total = 0, pm = 0, tTotal = 0, tPm = 0;
		Set<Long> monthsSeen = new HashSet<>();
		for (Object[] row : lines.totals(ids, f.pathLike(), f.unitId())) {
			long sum = ((Number) row[2]).longValue();
			long people = ((Number) row[3]).longValue();
			monthsSeen.add((Long) row[0]);
			total += sum;
			pm += people;
			if (Boolean.TRUE.equals(row[1])) {
				tTotal += sum;
				tPm += people;
			}
		}
		return new YearTotals(total, pm, tTotal, tPm, monthsSeen.size());
	}

	/** Sum and people of one line code over the year's locked months in scope. */
	long[] codeTotal(DataScope scope, int year, Long unitId, PayLineCode code) {
		Filter f = narrowed(scope, unitId);
		List<Long> ids = lockedMonthIds(year);
		if (f.none() || ids.isEmpty()) {
			return new long[] { 0, 0 };
		}
		Object[] row = lines.codeTotal(ids, code, f.pathLike(), f.unitId()).get(0);
		return new long[] { row[0] == null ? 0 : ((Number) row[0]).longValue(),
				row[1] == null ? 0 : ((Number) row[1]).longValue() };
	}

	/**
	 * Step increases of 1 January of the year in scope: staff id, name, unit, day, new
	 * step.
	 */
	List<Object[]> stepIncreasesIn(DataScope scope, int year, Long unitId) {
		Filter f = narrowed(scope, unitId);
		if (f.none()) {
			return List.of();
		}
		return recordSteps.stepsIn(PayRecordStep.Kind.STEP_INCREASE, LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31), f.pathLike(), f.unitId());
	}

	// The figure book's unit= subtree inside the scope (already checked by reports).
	private Filter narrowed(DataScope scope, Long unitId) {
		Filter f = filter(scope);
		if (f.none() || unitId == null) {
			return f;
		}
		return org.pathOf(unitId).map(p -> new Filter(false, p + "%", f.unitId())).orElse(new Filter(true, "", null));
	}

	/** Per unit of the year's locked months in scope: unit id, total fen, people. */
	List<Object[]> byUnit(DataScope scope, int year, PayLineCode code, Boolean compulsory) {
		Filter f = filter(scope);
		List<Long> ids = lockedMonthIds(year);
		if (f.none() || ids.isEmpty()) {
			return List.of();
		}
		return lines.byUnit(ids, f.pathLike(), f.unitId(), code, compulsory);
	}

}
