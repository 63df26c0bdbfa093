package io.edubureau.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.ScopeKind;
import io.edubureau.org.UnitType;
import io.edubureau.org.UnitView;
import io.edubureau.platform.Actor;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Paging;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.ScannedDocument;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.rules.RulesManagement;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import io.edubureau.staff.TeacherAnchor;
import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training module's public face: credited hours, the cycle ledger with its decision,
 * programmes, enrolment, completion and review, the completion rate, the year's plan.
 * Every call takes the caller's {@link DataScope}; a person, record or programme outside
 * it is reported as not found.
 */
@Service
public class TrainingManagement {

	static final String PROGRAMME = "training.programme";

	static final String RECORD = "training.record";

	static final String LEDGER = "training.ledger";

	static final long MAX_CERTIFICATE_BYTES = 5L * 1024 * 1024;

	// Large IN lists are split so every database accepts them.
	private static final int CHUNK = 1000;

	private final TrainingRecordRepository records;

	private final TrainingProgrammeRepository programmes;

	private final TrainingCertificateRepository certificates;

	private final TrainingPlanLineRepository planLines;

	private final StaffManagement staff;

	private final OrgManagement org;

	private final RulesManagement rules;

	private final AuditManagement audit;

	private final EntityManager em;

	private final Clock clock = Clock.systemDefaultZone();

	TrainingManagement(TrainingRecordRepository records, TrainingProgrammeRepository programmes,
			TrainingCertificateRepository certificates, TrainingPlanLineRepository planLines, StaffManagement staff,
			OrgManagement org, RulesManagement rules, AuditManagement audit, EntityManager em) {
		this.records = records;
		this.programmes = programmes;
		this.certificates = certificates;
		this.planLines = planLines;
		this.staff = staff;
		this.org = org;
		this.rules = rules;
		this.audit = audit;
		this.em = em;
	}

	// ---- credited hours (the contract other modules read)

	/**
	 * A person's credited hours in a period; 404 when the person is outside the scope.
	 */
	@Transactional(readOnly = true)
	public TrainingHours hours(DataScope scope, long staffId, LocalDate from, LocalDate to) {
		staff.get(scope, staffId);
		return hoursOf(List.of(staffId), from, to).get(staffId);
	}

	/**
	 * Credited hours of many people in a period, one grouped query per thousand people;
	 * people outside the scope are left out of the answer.
	 */
	@Transactional(readOnly = true)
	public Map<Long, TrainingHours> hours(DataScope scope, Collection<Long> staffIds, LocalDate from, LocalDate to) {
		return hoursOf(staff.visible(scope, staffIds).keySet(), from, to);
	}

	private Map<Long, TrainingHours> hoursOf(Collection<Long> staffIds, LocalDate from, LocalDate to) {
		checkPeriod(from, to);
		LedgerRule.Parameters p = LedgerRule.Parameters.on(rules, to);
		Map<Long, List<Credit>> grouped = new HashMap<>();
		List<Long> ids = List.copyOf(staffIds);
		for (int i = 0; i < ids.size(); i += CHUNK) {
			for (Object[] r : records.creditedHours(ids.subList(i, Math.min(ids.size(), i + CHUNK)), from, to)) {
				long id = (Long) r[0];
				grouped.computeIfAbsent(id, k -> new ArrayList<>())
					.add(new Credit(id, (TrainingLevel) r[1], (TrainingCategory) r[2], ((Number) r[3]).intValue(), to));
			}
		}
		Map<Long, TrainingHours> result = new LinkedHashMap<>();
		for (Long id : ids) {
			List<Credit> credits = grouped.getOrDefault(id, List.of());
			Map<TrainingLevel, Integer> byLevel = LedgerRule.emptyLevels();
			int total = 0;
			int county = 0;
			for (Credit c : credits) {
				byLevel.merge(c.level(), c.hours(), Integer::sum);
				total += c.hours();
				county += c.level().countyOrAbove() ? c.hours() : 0;
			}
			result.put(id, new TrainingHours(id, from, to, total, county, Map.copyOf(byLevel),
					LedgerRule.credits(credits, p)));
		}
		return result;
	}

	private static void checkPeriod(LocalDate from, LocalDate to) {
		if (from == null || to == null || to.isBefore(from)) {
			throw Rejection.malformed("to", "training.period", from, to);
		}
	}

	// ---- the cycle ledger and the completion rate

	/**
	 * A person's cycle ledger was shown (issue 12: reads of personal data are audited).
	 */
	void recordLedgerRead(CycleLedger ledger) {
		audit.recordRead(LEDGER, ledger.staffId(), ledger.name() + " · " + ledger.on(), List.of());
	}

	/**
	 * The person's 5-year cycle containing {@code on}: required, credited and missing
	 * hours, hours per level, and the decision with its reasons.
	 */
	@Transactional(readOnly = true)
	public CycleLedger ledger(DataScope scope, long staffId, LocalDate on) {
		if (on == null) {
			throw Rejection.malformed("on", "training.date");
		}
		StaffView person = staff.get(scope, staffId);
		List<Credit> credits = creditsOf(List.of(staffId), on).getOrDefault(staffId, List.of());
		LedgerRule.Outcome o = LedgerRule.decide(person.hireDate(), person.workStartDate(), on, credits,
				LedgerRule.Parameters.on(rules, on));
		List<TrainingRecord> own = records.findByStaffIdOrderByCompletedOnDescIdDesc(staffId)
			.stream()
			.filter(r -> r.getCompletedOn() == null || !r.getCompletedOn().isBefore(o.cycleStart()))
			.toList();
		Set<Long> withCertificate = withCertificate(own);
		List<TrainingRecordView> entries = own.stream()
			.map(r -> r.toView(withCertificate.contains(r.getId())))
			.toList();
		return new CycleLedger(staffId, person.name(), on, o.cycleStart(), o.cycleEnd(), o.required(), o.credited(),
				o.missing(), o.countyOrAbove(), Map.copyOf(o.byLevel()), o.credits(), o.probation(), o.probationHours(),
				o.decision(), o.reasons(), entries);
	}

	// Credited records of these people over the longest window a ledger on this date
	// reads.
	private Map<Long, List<Credit>> creditsOf(List<Long> ids, LocalDate on) {
		Map<Long, List<Credit>> grouped = new HashMap<>();
		LocalDate from = on.minusYears(LedgerRule.CYCLE_YEARS);
		for (int i = 0; i < ids.size(); i += CHUNK) {
			for (Object[] r : records.credited(ids.subList(i, Math.min(ids.size(), i + CHUNK)), from, on)) {
				long id = (Long) r[0];
				grouped.computeIfAbsent(id, k -> new ArrayList<>())
					.add(new Credit(id, (TrainingLevel) r[1], (TrainingCategory) r[2], ((Number) r[3]).intValue(),
							(LocalDate) r[4]));
			}
		}
		return grouped;
	}

	/**
	 * Active full-time teachers per unit in scope (hired by the date) whose cycle
	 * requirement is met on the date, with the total. Set-based: the teachers are counted
	 * per unit in one grouped query, and the ledger rule runs only for the teachers with
	 * credited hours in the last five years (the longest window a ledger reads), their
	 * anchors and hours read one query per thousand people.
	 */
	@Transactional(readOnly = true)
	public Completion completion(DataScope scope, LocalDate on) {
		if (on == null) {
			throw Rejection.malformed("on", "training.date");
		}
		Map<Long, Integer> teachers = staff.teachersByUnit(scope, on);
		LedgerRule.Parameters p = LedgerRule.Parameters.on(rules, on);
		// Without credited hours a ledger is met only when a requirement is zero; then
		// every teacher is judged.
		List<TeacherAnchor> judged = p.cycleHours() > 0 && p.probationHours() > 0
				? staff.teacherAnchors(scope, on, records.creditedPeople(on.minusYears(LedgerRule.CYCLE_YEARS), on))
				: staff.teacherAnchors(scope, on, null);
		Map<Long, List<Credit>> credits = creditsOf(judged.stream().map(TeacherAnchor::staffId).toList(), on);
		Map<Long, Integer> metByUnit = new HashMap<>();
		for (TeacherAnchor t : judged) {
			LedgerRule.Outcome o = LedgerRule.decide(t.hireDate(), t.workStartDate(), on,
					credits.getOrDefault(t.staffId(), List.of()), p);
			if (o.decision() == LedgerDecision.MET) {
				metByUnit.merge(t.unitId(), 1, Integer::sum);
			}
		}
		Map<Long, UnitView> units = org.byIds(List.copyOf(teachers.keySet()));
		List<UnitCompletion> rows = teachers.entrySet().stream().map(e -> {
			UnitView u = units.get(e.getKey());
			return new UnitCompletion(e.getKey(), u == null ? null : u.code(), u == null ? null : u.name(),
					e.getValue(), metByUnit.getOrDefault(e.getKey(), 0));
		})
			.sorted(Comparator.comparing(UnitCompletion::unitCode, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
		return new Completion(on, rows,
				new UnitCompletion(0, null, null, rows.stream().mapToInt(UnitCompletion::teachers).sum(),
						rows.stream().mapToInt(UnitCompletion::met).sum()));
	}

	/**
	 * The annual report's figures for a calendar year, in the scope: grouped queries, no
	 * person loaded.
	 */
	@Transactional(readOnly = true)
	public YearFigures yearFigures(DataScope scope, int year) {
		// The figure book decides which years it shows; any calendar year can be counted.
		if (year < 1900 || year > 2100) {
			throw Rejection.malformed("year", "training.year.invalid", year);
		}
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		// People are counted at the unit they were at on 31 December.
		List<Long> visible = List.copyOf(staff.visibleIdsOn(scope, records.creditedPeople(from, to), to));
		long hours = 0;
		for (int i = 0; i < visible.size(); i += CHUNK) {
			Long sum = records.creditedTotal(visible.subList(i, Math.min(visible.size(), i + CHUNK)), from, to);
			hours += sum == null ? 0 : sum;
		}
		UnitCompletion total = completion(scope, to).total();
		return new YearFigures(year, visible.size(), hours,
				total.percent() == null ? BigDecimal.ZERO.setScale(1) : total.percent());
	}

	// ---- programmes

	/**
	 * Programmes the scope may see: organised within it, or above it (county programmes a
	 * school enrols into); archived ones only on request.
	 */
	@Transactional(readOnly = true)
	public List<ProgrammeView> programmes(DataScope scope, Integer year) {
		List<TrainingProgramme> all = year == null ? programmes.findAll().stream().filter(p -> !p.isArchived()).toList()
				: programmes.findByPlanYearAndArchivedFalseOrderByStartDateAscIdAsc(year);
		Map<Long, UnitView> units = org.byIds(all.stream().map(TrainingProgramme::getUnitId).distinct().toList());
		String path = scopePath(scope);
		return all.stream()
			.filter(p -> readable(path, units.get(p.getUnitId())))
			.sorted(Comparator.comparing(TrainingProgramme::getStartDate).reversed())
			.map(p -> view(p, units.get(p.getUnitId())))
			.toList();
	}

	@Transactional(readOnly = true)
	public ProgrammeView programme(DataScope scope, long id) {
		TrainingProgramme p = readableProgramme(scope, id);
		return view(p, org.byIds(List.of(p.getUnitId())).get(p.getUnitId()));
	}

	/**
	 * The bureau creates a programme for any unit in its scope; a school only
	 * school-based programmes (level SCHOOL) of its own unit.
	 */
	@Transactional
	public ProgrammeView createProgramme(DataScope scope, ProgrammeForm form) {
		UnitView unit = organiser(scope, form == null ? null : form.unitCode());
		List<Problem> problems = check(form, scope);
		if (form != null && form.code() != null && !form.code().isBlank()
				&& programmes.findByCode(form.code().strip()).isPresent()) {
			problems.add(new Problem("code", "training.programme.code.taken", form.code().strip()));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		TrainingProgramme p = programmes.save(new TrainingProgramme(form, unit.id(), Actor.current()));
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("code", p.getCode());
		created.put("name", p.getName());
		created.put("level", p.getLevel());
		created.put("category", p.getCategory());
		created.put("hours", p.getHours());
		created.put("startDate", p.getStartDate());
		created.put("endDate", p.getEndDate());
		created.put("provider", p.getProvider());
		created.put("capacity", p.getCapacity());
		created.put("unit", unit.code());
		created.put("year", p.getPlanYear());
		audit.record(AuditAction.CREATE, PROGRAMME, p.getId(), p.getCode() + " " + p.getName(),
				Change.created(created));
		return view(p, unit);
	}

	private List<Problem> check(ProgrammeForm f, DataScope scope) {
		List<Problem> problems = new ArrayList<>();
		if (f == null) {
			problems.add(new Problem(null, "training.required"));
			return problems;
		}
		if (f.code() == null || f.code().isBlank()) {
			problems.add(new Problem("code", "training.required"));
		}
		else if (!f.code().strip().matches("[A-Za-z0-9._-]{1,30}")) {
			problems.add(new Problem("code", "training.programme.code.pattern"));
		}
		if (f.name() == null || f.name().isBlank()) {
			problems.add(new Problem("name", "training.required"));
		}
		else if (f.name().strip().length() > 150) {
			problems.add(new Problem("name", "training.tooLong", 150));
		}
		if (f.level() == null) {
			problems.add(new Problem("level", "training.required"));
		}
		else if (f.level() != TrainingLevel.SCHOOL && schoolLevel(scope)) {
			problems.add(new Problem("level", "training.programme.schoolOnly"));
		}
		if (f.category() == null) {
			problems.add(new Problem("category", "training.required"));
		}
		if (f.hours() == null) {
			problems.add(new Problem("hours", "training.required"));
		}
		else if (f.hours() < 1 || f.hours() > 2000) {
			problems.add(new Problem("hours", "training.programme.hours", f.hours(), 1, 2000));
		}
		if (f.startDate() == null) {
			problems.add(new Problem("startDate", "training.required"));
		}
		if (f.endDate() == null) {
			problems.add(new Problem("endDate", "training.required"));
		}
		else if (f.startDate() != null && f.endDate().isBefore(f.startDate())) {
			problems.add(new Problem("endDate", "training.programme.endBeforeStart", f.endDate(), f.startDate()));
		}
		if (f.provider() != null && f.provider().strip().length() > 150) {
			problems.add(new Problem("provider", "training.tooLong", 150));
		}
		if (f.capacity() != null && (f.capacity() < 1 || f.capacity() > 100000)) {
			problems.add(new Problem("capacity", "training.programme.capacity", f.capacity()));
		}
		if (f.year() != null && (f.year() < 2000 || f.year() > 2100)) {
			problems.add(new Problem("year", "training.year.invalid", f.year()));
		}
		return problems;
	}

	// A caller whose own unit is a school or teaching point manages school-based training
	// only.
	private boolean schoolLevel(DataScope scope) {
		if (scope.kind() == ScopeKind.ALL || scope.unitId() == null) {
			return false;
		}
		UnitView own = org.byIds(List.of(scope.unitId())).get(scope.unitId());
		return own == null || own.type() == UnitType.SCHOOL || own.type() == UnitType.TEACHING_POINT;
	}

	private UnitView organiser(DataScope scope, String unitCode) {
		if (unitCode == null || unitCode.isBlank()) {
			if (scope.unitId() == null) {
				throw new Rejection("unitCode", "training.required");
			}
			return org.get(scope, scope.unitId());
		}
		return org.findByCode(scope, unitCode.strip())
			.orElseThrow(() -> new Rejection("unitCode", "training.unit.unknown", unitCode.strip()));
	}

	private String scopePath(DataScope scope) {
		if (scope.kind() == ScopeKind.ALL) {
			return "/";
		}
		return scope.unitId() == null ? null : org.pathOf(scope.unitId()).orElse(null);
	}

	private static boolean readable(String scopePath, UnitView unit) {
		return scopePath != null && unit != null
				&& (unit.path().startsWith(scopePath) || scopePath.startsWith(unit.path()));
	}

	private TrainingProgramme readableProgramme(DataScope scope, long id) {
		TrainingProgramme p = programmes.findById(id).orElseThrow(() -> new NotFound("programme " + id));
		if (!readable(scopePath(scope), org.byIds(List.of(p.getUnitId())).get(p.getUnitId()))) {
			throw new NotFound("programme " + id);
		}
		return p;
	}

	private ProgrammeView view(TrainingProgramme p, UnitView unit) {
		return new ProgrammeView(p.getId(), p.getCode(), p.getName(), p.getLevel(), p.getCategory(), p.getHours(),
				p.getStartDate(), p.getEndDate(), p.getProvider(), p.getCapacity(), p.getUnitId(),
				unit == null ? null : unit.name(), p.getPlanYear(), records.countByProgrammeId(p.getId()),
				p.isArchived(), p.getVersion());
	}

	// ---- enrolment, completion, review

	/**
	 * Enrols a person in scope; the programme's capacity holds and nobody is enrolled
	 * twice.
	 */
	@Transactional
	public TrainingRecordView enrol(DataScope scope, long programmeId, Long staffId) {
		TrainingProgramme p = readableProgramme(scope, programmeId);
		if (staffId == null) {
			throw new Rejection("staffId", "training.required");
		}
		StaffView person = staff.get(scope, staffId);
		TrainingRecord r = enrolChecked(p, person);
		return r.toView(false);
	}

	private TrainingRecord enrolChecked(TrainingProgramme p, StaffView person) {
		if (p.isArchived()) {
			throw new Rejection("programmeId", "training.programme.archived", p.getCode());
		}
		if (records.findByProgrammeIdAndStaffId(p.getId(), person.id()).isPresent()) {
			throw new Rejection("staffId", "training.enrol.duplicate", person.name(), p.getCode());
		}
		// The row lock keeps two enrolments from both taking the last place.
		em.lock(p, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
		if (p.getCapacity() != null && records.countByProgrammeId(p.getId()) >= p.getCapacity()) {
			throw new Rejection("programmeId", "training.enrol.full", p.getCode(), p.getCapacity());
		}
		return enrolUnchecked(p, person);
	}

	TrainingRecord enrolUnchecked(TrainingProgramme p, StaffView person) {
		TrainingRecord r = records.save(new TrainingRecord(p, person.id(), person.name(), Actor.current()));
		audit.record(AuditAction.CREATE, RECORD, r.getId(), person.name() + " → " + p.getCode(),
				List.of(new Change("programme", null, p.getCode()), new Change("staffId", null, person.id() + ""),
						new Change("status", null, TrainingStatus.ENROLLED.name())));
		return r;
	}

	/** The programme's records of people in the scope. */
	@Transactional(readOnly = true)
	public List<TrainingRecordView> enrolments(DataScope scope, long programmeId) {
		readableProgramme(scope, programmeId);
		List<TrainingRecord> all = records.findByProgrammeIdOrderByStaffNameAscIdAsc(programmeId);
		Set<Long> visible = staff.visible(scope, all.stream().map(TrainingRecord::getStaffId).toList()).keySet();
		List<TrainingRecord> mine = all.stream().filter(r -> visible.contains(r.getStaffId())).toList();
		Set<Long> withCertificate = withCertificate(mine);
		return mine.stream().map(r -> r.toView(withCertificate.contains(r.getId()))).toList();
	}

	/**
	 * One page of {@link #enrolments(DataScope, long)}: the staff module names who of the
	 * programme's people the scope sees, and the page is cut in the query on those ids.
	 */
	@Transactional(readOnly = true)
	public Page<TrainingRecordView> enrolments(DataScope scope, long programmeId, int page, int size) {
		readableProgramme(scope, programmeId);
		Specification<TrainingRecord> where = staff.<TrainingRecord>staffIdScope(scope, "staffId", false)
			.and((root, q, cb) -> cb.equal(root.get("programme").get("id"), programmeId));
		return pageOf(where, Sort.by("staffName", "id"), page, size);
	}

	/** The largest page of records the API answers. */
	static final int MAX_PAGE_SIZE = 200;

	private Page<TrainingRecordView> pageOf(Specification<TrainingRecord> where, Sort order, int page, int size) {
		Page<TrainingRecord> found = records.findAll(where, Paging.request(page, size, MAX_PAGE_SIZE, order));
		Set<Long> withCertificate = withCertificate(found.getContent());
		return found.map(r -> r.toView(withCertificate.contains(r.getId())));
	}

	@Transactional(readOnly = true)
	public TrainingRecordView record(DataScope scope, long recordId) {
		TrainingRecord r = visibleRecord(scope, recordId);
		return r.toView(withCertificate(List.of(r)).contains(r.getId()));
	}

	@Transactional(readOnly = true)
	public List<TrainingStepView> history(DataScope scope, long recordId) {
		return visibleRecord(scope, recordId).getSteps().stream().map(TrainingRecordStep::toView).toList();
	}

	/**
	 * Attendance finished: the hours to credit (0 to the programme's hours), the date
	 * (not before the person's birth, not in the future) and the certificate's number.
	 */
	@Transactional
	public TrainingRecordView complete(DataScope scope, long recordId, CompletionForm form) {
		TrainingRecord r = visibleRecord(scope, recordId);
		StaffView person = staff.get(scope, r.getStaffId());
		List<Problem> problems = checkCompletion(form, r.getProgramme(), person);
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		completeChecked(r, form);
		return r.toView(withCertificate(List.of(r)).contains(r.getId()));
	}

	List<Problem> checkCompletion(CompletionForm form, TrainingProgramme p, StaffView person) {
		List<Problem> problems = new ArrayList<>();
		if (form == null || form.hours() == null) {
			problems.add(new Problem("hours", "training.required"));
		}
		else if (form.hours() < 0 || form.hours() > p.getHours()) {
			problems.add(new Problem("hours", "training.hours.range", form.hours(), p.getHours()));
		}
		if (form == null || form.completedOn() == null) {
			problems.add(new Problem("completedOn", "training.required"));
		}
		else if (person.birthDate() != null && form.completedOn().isBefore(person.birthDate())) {
			problems.add(new Problem("completedOn", "training.completedOn.beforeBirth", form.completedOn(),
					person.birthDate()));
		}
		else if (form.completedOn().isAfter(LocalDate.now(clock))) {
			problems.add(new Problem("completedOn", "training.completedOn.future", form.completedOn()));
		}
		if (form != null && form.certificateNumber() != null && form.certificateNumber().strip().length() > 60) {
			problems.add(new Problem("certificateNumber", "training.tooLong", 60));
		}
		return problems;
	}

	void completeChecked(TrainingRecord r, CompletionForm form) {
		TrainingStatus before = r.getStatus();
		String number = form.certificateNumber() == null || form.certificateNumber().isBlank() ? null
				: form.certificateNumber().strip();
		r.complete(form.hours(), form.completedOn(), number, Actor.current());
		audit.record(AuditAction.UPDATE, RECORD, r.getId(), r.getStaffName() + " → " + r.getProgramme().getCode(),
				List.of(new Change("status", before.name(), TrainingStatus.COMPLETED.name()),
						new Change("hours", null, form.hours().toString()),
						new Change("completedOn", null, form.completedOn().toString()),
						new Change("certificateNumber", null, number)));
	}

	/**
	 * The bureau's review of completed hours: accept credits them, return sends them back
	 * with a comment.
	 */
	@Transactional
	public TrainingRecordView review(DataScope scope, long recordId, ReviewForm form) {
		TrainingRecord r = visibleRecord(scope, recordId);
		if (form == null || form.accept() == null) {
			throw new Rejection("accept", "training.required");
		}
		String comment = form.comment() == null || form.comment().isBlank() ? null : form.comment().strip();
		if (comment != null && comment.length() > 500) {
			throw new Rejection("comment", "training.tooLong", 500);
		}
		if (scope.staffId() != null && scope.staffId().equals(r.getStaffId())) {
			throw new Rejection(null, "training.review.own");
		}
		TrainingStatus before = r.getStatus();
		if (form.accept()) {
			r.credit(comment, Actor.current());
		}
		else {
			if (comment == null) {
				throw new Rejection("comment", "training.review.comment");
			}
			r.returnWith(comment, Actor.current());
		}
		audit.record(AuditAction.UPDATE, RECORD, r.getId(), r.getStaffName() + " → " + r.getProgramme().getCode(), List
			.of(new Change("status", before.name(), r.getStatus().name()), new Change("comment", null, comment)));
		return r.toView(withCertificate(List.of(r)).contains(r.getId()));
	}

	/**
	 * Completed records of people in the scope waiting for the bureau's review, oldest
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<TrainingRecordView> reviewQueue(DataScope scope) {
		List<TrainingRecord> waiting = records.findByStatusOrderByUpdatedAtAscIdAsc(TrainingStatus.COMPLETED);
		Set<Long> visible = new HashSet<>();
		List<Long> ids = waiting.stream().map(TrainingRecord::getStaffId).distinct().toList();
		for (int i = 0; i < ids.size(); i += CHUNK) {
			visible.addAll(staff.visible(scope, ids.subList(i, Math.min(ids.size(), i + CHUNK))).keySet());
		}
		List<TrainingRecord> mine = waiting.stream().filter(r -> visible.contains(r.getStaffId())).toList();
		Set<Long> withCertificate = withCertificate(mine);
		return mine.stream().map(r -> r.toView(withCertificate.contains(r.getId()))).toList();
	}

	/**
	 * One page of {@link #reviewQueue(DataScope)}, cut in the query on the people in
	 * scope.
	 */
	@Transactional(readOnly = true)
	public Page<TrainingRecordView> reviewQueue(DataScope scope, int page, int size) {
		Specification<TrainingRecord> where = staff.<TrainingRecord>staffIdScope(scope, "staffId", false)
			.and((root, q, cb) -> cb.equal(root.get("status"), TrainingStatus.COMPLETED));
		return pageOf(where, Sort.by("updatedAt", "id"), page, size);
	}

	private TrainingRecord visibleRecord(DataScope scope, long recordId) {
		TrainingRecord r = records.findById(recordId).orElseThrow(() -> new NotFound("training record " + recordId));
		if (staff.visible(scope, List.of(r.getStaffId())).isEmpty()) {
			throw new NotFound("training record " + recordId);
		}
		return r;
	}

	// ---- certificates

	/**
	 * Uploads the certificate of a record (pdf, jpg or png, at most 5 MB); the previous
	 * one is archived.
	 */
	@Transactional
	public TrainingRecordView uploadCertificate(DataScope scope, long recordId, String fileName, byte[] content) {
		TrainingRecord r = visibleRecord(scope, recordId);
		String type = null;
		if (content == null || content.length == 0) {
			throw new Rejection("file", "training.certificate.empty");
		}
		if (content.length > MAX_CERTIFICATE_BYTES) {
			throw new Rejection("file", "training.certificate.tooLarge", MAX_CERTIFICATE_BYTES / (1024 * 1024));
		}
		type = ScannedDocument.contentType(content);
		if (type == null) {
			throw new Rejection("file", "training.certificate.type");
		}
		if (r.getStatus() == TrainingStatus.CREDITED) {
			throw new Rejection("file", "training.certificate.credited");
		}
		certificates.findFirstByRecordIdAndArchivedFalseOrderByIdDesc(r.getId())
			.ifPresent(c -> c.archive(Actor.current()));
		TrainingCertificate c = certificates.save(new TrainingCertificate(r.getId(),
				ScannedDocument.safeFileName(fileName, type, "certificate"), type, content.length, Actor.current()));
		em.flush();
		em.persist(new TrainingCertificateContent(c.getId(), content));
		audit.record(AuditAction.CREATE, "training.certificate", c.getId(),
				r.getStaffName() + " → " + r.getProgramme().getCode(),
				List.of(new Change("fileName", null, c.getFileName()), new Change("size", null, content.length + "")));
		return r.toView(true);
	}

	@Transactional(readOnly = true)
	public CertificateFile certificate(DataScope scope, long recordId) {
		TrainingRecord r = visibleRecord(scope, recordId);
		TrainingCertificate c = certificates.findFirstByRecordIdAndArchivedFalseOrderByIdDesc(r.getId())
			.orElseThrow(() -> new NotFound("certificate of " + recordId));
		return new CertificateFile(c.getFileName(), c.getContentType(),
				em.find(TrainingCertificateContent.class, c.getId()).getContent());
	}

	private Set<Long> withCertificate(List<TrainingRecord> list) {
		if (list.isEmpty()) {
			return Set.of();
		}
		Set<Long> found = new HashSet<>();
		List<Long> ids = list.stream().map(TrainingRecord::getId).toList();
		for (int i = 0; i < ids.size(); i += CHUNK) {
			certificates.findByRecordIdInAndArchivedFalse(ids.subList(i, Math.min(ids.size(), i + CHUNK)))
				.forEach(c -> found.add(c.getRecordId()));
		}
		return found;
	}

	// ---- the year's plan

	/** The plan lines of units in the scope for a year, with totals. */
	@Transactional(readOnly = true)
	public TrainingPlan plan(DataScope scope, int year) {
		if (year < 2000 || year > 2100) {
			throw Rejection.malformed("year", "training.year.invalid", year);
		}
		List<TrainingPlanLine> lines = planLines.findByPlanYearAndArchivedFalseOrderByIdAsc(year);
		Map<Long, UnitView> units = org.byIds(lines.stream().map(TrainingPlanLine::getUnitId).distinct().toList());
		String path = scopePath(scope);
		List<TrainingPlanLine> mine = lines.stream()
			.filter(l -> units.get(l.getUnitId()) != null && path != null
					&& units.get(l.getUnitId()).path().startsWith(path))
			.toList();
		Map<Long, String> codes = new HashMap<>();
		programmes.findAllById(mine.stream().map(TrainingPlanLine::getProgrammeId).filter(id -> id != null).toList())
			.forEach(p -> codes.put(p.getId(), p.getCode()));
		List<PlanLineView> views = mine.stream()
			.map(l -> l.toView(units.get(l.getUnitId()).name(), codes.get(l.getProgrammeId())))
			.toList();
		return new TrainingPlan(year, views, views.stream().mapToInt(PlanLineView::participants).sum(),
				views.stream().mapToLong(PlanLineView::personHours).sum(),
				views.stream().map(PlanLineView::budget).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2));
	}

	/** Adds a line to a unit's plan for the year; budget in yuan, never negative. */
	@Transactional
	public PlanLineView addPlanLine(DataScope scope, int year, PlanLineForm form) {
		if (year < 2000 || year > 2100) {
			throw Rejection.malformed("year", "training.year.invalid", year);
		}
		UnitView unit = organiser(scope, form == null ? null : form.unitCode());
		List<Problem> problems = new ArrayList<>();
		if (form == null) {
			throw new Rejection(null, "training.required");
		}
		TrainingProgramme programme = null;
		if (form.programmeCode() != null && !form.programmeCode().isBlank()) {
			programme = programmes.findByCode(form.programmeCode().strip())
				.filter(p -> readable(scopePath(scope), org.byIds(List.of(p.getUnitId())).get(p.getUnitId())))
				.orElse(null);
			if (programme == null) {
				problems.add(new Problem("programmeCode", "training.programme.unknown", form.programmeCode().strip()));
			}
		}
		String item = form.item() == null || form.item().isBlank() ? programme == null ? null : programme.getName()
				: form.item().strip();
		if (item == null && programme == null && problems.isEmpty()) {
			problems.add(new Problem("item", "training.required"));
		}
		else if (item != null && item.length() > 150) {
			problems.add(new Problem("item", "training.tooLong", 150));
		}
		TrainingLevel level = form.level() != null ? form.level() : programme == null ? null : programme.getLevel();
		if (level == null) {
			problems.add(new Problem("level", "training.required"));
		}
		if (form.participants() == null) {
			problems.add(new Problem("participants", "training.required"));
		}
		else if (form.participants() < 0 || form.participants() > 100000) {
			problems.add(new Problem("participants", "training.plan.participants", form.participants()));
		}
		if (form.hours() == null) {
			problems.add(new Problem("hours", "training.required"));
		}
		else if (form.hours() < 0 || form.hours() > 2000) {
			problems.add(new Problem("hours", "training.programme.hours", form.hours(), 0, 2000));
		}
		if (form.budget() == null) {
			problems.add(new Problem("budget", "training.required"));
		}
		else if (form.budget().signum() < 0 || form.budget().stripTrailingZeros().scale() > 2
				|| form.budget().compareTo(new BigDecimal("999999999999")) > 0) {
			problems.add(new Problem("budget", "training.plan.budget", form.budget().toPlainString()));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		BigDecimal budget = form.budget().setScale(2, RoundingMode.UNNECESSARY);
		TrainingPlanLine line = planLines
			.save(new TrainingPlanLine(year, unit.id(), programme == null ? null : programme.getId(), item, level,
					form.participants(), form.hours(), budget, Actor.current()));
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("year", year);
		created.put("unit", unit.code());
		created.put("programme", programme == null ? null : programme.getCode());
		created.put("item", item);
		created.put("level", level);
		created.put("participants", form.participants());
		created.put("hours", form.hours());
		created.put("budget", budget.toPlainString());
		audit.record(AuditAction.CREATE, "training.plan", line.getId(), year + " " + item, Change.created(created));
		return line.toView(unit.name(), programme == null ? null : programme.getCode());
	}

	/** Archives a plan line of a unit in the scope. */
	@Transactional
	public void archivePlanLine(DataScope scope, long lineId) {
		TrainingPlanLine line = planLines.findById(lineId).orElseThrow(() -> new NotFound("plan line " + lineId));
		if (line.isArchived() || !org.isWithin(scope, line.getUnitId())) {
			throw new NotFound("plan line " + lineId);
		}
		line.archive(Actor.current());
		audit.record(AuditAction.ARCHIVE, "training.plan", line.getId(), line.getItem(),
				List.of(new Change("archived", "false", "true")));
	}

	/** Credited records of people in the scope completed in a period, for lineage. */
	@Transactional(readOnly = true)
	public List<TrainingRecordView> credited(DataScope scope, LocalDate from, LocalDate to) {
		checkPeriod(from, to);
		List<TrainingRecord> found = records.findCreditedBetween(from, to);
		// As the figures count them: at the unit each person was at on the last day.
		Set<Long> visible = staff.visibleIdsOn(scope,
				found.stream().map(TrainingRecord::getStaffId).distinct().toList(), to);
		return found.stream().filter(r -> visible.contains(r.getStaffId())).map(r -> r.toView(false)).toList();
	}

	// ---- for the import

	Optional<TrainingProgramme> programmeByCodeOrName(DataScope scope, String key) {
		String path = scopePath(scope);
		List<TrainingProgramme> found = programmes.findByCodeInOrNameIn(List.of(key), List.of(key))
			.stream()
			.filter(p -> !p.isArchived())
			.toList();
		Map<Long, UnitView> units = org.byIds(found.stream().map(TrainingProgramme::getUnitId).distinct().toList());
		List<TrainingProgramme> readable = found.stream()
			.filter(p -> readable(path, units.get(p.getUnitId())))
			.toList();
		Optional<TrainingProgramme> byCode = readable.stream().filter(p -> p.getCode().equals(key)).findFirst();
		if (byCode.isPresent()) {
			return byCode;
		}
		return readable.size() == 1 ? Optional.of(readable.get(0)) : Optional.empty();
	}

	Optional<TrainingRecord> existingRecord(long programmeId, long staffId) {
		return records.findByProgrammeIdAndStaffId(programmeId, staffId);
	}

}
