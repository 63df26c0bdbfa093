package io.edubureau.aid;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.ScopeKind;
import io.edubureau.org.Stage;
import io.edubureau.org.UnitMoved;
import io.edubureau.platform.Actor;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Paging;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.rules.LocalParameter;
import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;
import io.edubureau.rules.RulesManagement;
import io.edubureau.students.StudentRef;
import io.edubureau.students.StudentStatus;
import io.edubureau.students.StudentsManagement;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Student aid's public face. Every call takes the caller's {@link DataScope}; an
 * application of a school outside it is not found (404). Every change is audited in its
 * transaction; every decision returns its reasons with the rule's source and date.
 */
@Service
public class AidManagement {

	static final String APPLICATION = "aid.application";

	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	static final String STANDARD_TIER = "STANDARD";

	private final AidProgrammeRepository programmes;

	private final AidStandardRepository standards;

	private final AidApplicationRepository applications;

	private final AidStepRepository steps;

	private final AidBatchRepository batches;

	private final AidReversalRepository reversals;

	private final StudentsManagement students;

	private final OrgManagement org;

	private final RulesManagement rules;

	private final AuditManagement audit;

	private final MessageSource messages;

	private final EntityManager em;

	private final Clock clock = Clock.systemDefaultZone();

	AidManagement(AidProgrammeRepository programmes, AidStandardRepository standards,
			AidApplicationRepository applications, AidStepRepository steps, AidBatchRepository batches,
			AidReversalRepository reversals, StudentsManagement students, OrgManagement org, RulesManagement rules,
			AuditManagement audit, MessageSource messages, EntityManager em) {
		this.programmes = programmes;
		this.standards = standards;
		this.applications = applications;
		this.steps = steps;
		this.batches = batches;
		this.reversals = reversals;
		this.students = students;
		this.org = org;
		this.rules = rules;
		this.audit = audit;
		this.messages = messages;
		this.em = em;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	// ---- scope

	<T> Specification<T> within(DataScope scope, String idAttribute, String pathAttribute) {
		if (scope.kind() == ScopeKind.ALL) {
			return (root, q, cb) -> cb.conjunction();
		}
		if (scope.kind() == ScopeKind.SELF || scope.unitId() == null) {
			return (root, q, cb) -> cb.disjunction();
		}
		if (scope.kind() == ScopeKind.UNIT) {
			return (root, q, cb) -> cb.equal(root.get(idAttribute), scope.unitId());
		}
		String path = org.pathOf(scope.unitId()).orElse(null);
		return path == null ? (root, q, cb) -> cb.disjunction()
				: (root, q, cb) -> cb.like(root.get(pathAttribute), path + "%");
	}

	private static <T> Specification<T> id(long id) {
		return (root, q, cb) -> cb.equal(root.get("id"), id);
	}

	private AidApplication visible(DataScope scope, long id) {
		return applications.findOne(this.<AidApplication>within(scope, "unitId", "unitPath").and(id(id)))
			.orElseThrow(() -> new NotFound("application " + id));
	}

	@EventListener
	void on(UnitMoved moved) {
		applications.moveUnitPaths(moved.oldPath(), moved.newPath());
		batches.moveUnitPaths(moved.oldPath(), moved.newPath());
	}

	// ---- programmes and standards

	@Transactional(readOnly = true)
	public List<ProgrammeView> programmes() {
		return programmes.findAllByOrderByLocalAscCodeAsc().stream().map(AidProgramme::toView).toList();
	}

	@Transactional(readOnly = true)
	public List<StandardView> standards() {
		return standards.findAllByOrderByProgrammeCodeAscStageAscTierAscEffectiveFromDesc()
			.stream()
			.map(AidStandard::toView)
			.toList();
	}

	private AidProgramme programme(String code) {
		if (code == null || code.isBlank()) {
			throw new Rejection("programme", "aid.required");
		}
		return programmes.findById(code.strip())
			.orElseThrow(() -> new Rejection("programme", "aid.programme.unknown", code.strip()));
	}

	private Optional<AidStandard> standardOn(String programme, Stage stage, String tier, LocalDate on) {
		Optional<AidStandard> found = standards
			.findFirstByProgrammeCodeAndStageAndTierAndEffectiveFromLessThanEqualOrderByEffectiveFromDescIdDesc(
					programme, stage, tier, on);
		if (found.isEmpty() && !STANDARD_TIER.equals(tier)) {
			return standardOn(programme, stage, STANDARD_TIER, on);
		}
		return found;
	}

	/** The standard of a programme for a stage (and tier) in force on a day. */
	@Transactional(readOnly = true)
	public StandardAnswer standard(String programmeCode, Stage stage, String tier, LocalDate on) {
		AidProgramme p = programme(programmeCode);
		if (stage == null) {
			throw new Rejection("stage", "aid.required");
		}
		LocalDate day = on == null ? today() : on;
		String t = tier == null || tier.isBlank() ? STANDARD_TIER : tier.strip();
		AidStandard s = standardOn(p.getCode(), stage, t, day)
			.orElseThrow(() -> new NotFound("standard " + p.getCode() + " " + stage + " " + day));
		return new StandardAnswer(p.getCode(), stage, t, s.getAmountPerYearFen(), s.getSource(), s.getEffectiveFrom());
	}

	/**
	 * Adds a dated standard (the earlier ones stay as history); audited as a parameter
	 * change.
	 */
	@Transactional
	public StandardView addStandard(StandardForm form) {
		if (form == null) {
			throw new Rejection(null, "aid.required");
		}
		List<Problem> problems = new ArrayList<>();
		AidProgramme p = null;
		try {
			p = programme(form.programme());
		}
		catch (Rejection r) {
			problems.addAll(r.problems());
		}
		if (form.stage() == null) {
			problems.add(new Problem("stage", "aid.required"));
		}
		else if (p != null && !p.stages().contains(form.stage())) {
			problems.add(new Problem("stage", "aid.programme.stage", label("enum.Stage." + form.stage().name())));
		}
		String tier = form.tier() == null || form.tier().isBlank() ? STANDARD_TIER : form.tier().strip();
		if (!tier.matches("[A-Z0-9_]{1,12}")) {
			problems.add(new Problem("tier", "aid.tier.malformed"));
		}
		if (form.amountPerYearFen() == null || form.amountPerYearFen() < 0 || form.amountPerYearFen() > 10_000_000) {
			problems.add(new Problem("amountPerYearFen", "aid.amount.range"));
		}
		if (form.effectiveFrom() == null) {
			problems.add(new Problem("effectiveFrom", "aid.required"));
		}
		else if (form.effectiveFrom().isBefore(EARLIEST) || form.effectiveFrom().isAfter(today().plusYears(2))) {
			problems.add(new Problem("effectiveFrom", "aid.date.range", form.effectiveFrom()));
		}
		if (form.source() == null || form.source().isBlank() || form.source().strip().length() > 300) {
			problems.add(new Problem("source", "aid.source.required"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		AidStandard s = standards.save(new AidStandard(p.getCode(), form.stage(), tier, form.amountPerYearFen(),
				form.effectiveFrom(), form.source().strip(), Actor.current()));
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("programme", p.getCode());
		created.put("stage", form.stage());
		created.put("tier", tier);
		created.put("amountPerYearFen", form.amountPerYearFen());
		created.put("effectiveFrom", form.effectiveFrom());
		created.put("source", form.source().strip());
		audit.record(AuditAction.PARAMETER, "aid.standard", s.getId(), p.getCode() + " " + form.stage(),
				Change.created(created));
		return s.toView();
	}

	private static org.springframework.context.support.DefaultMessageSourceResolvable label(String code) {
		return new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] { code }, code);
	}

	// ---- applications

	/**
	 * Applies for a student of the scope: the student must be at school, of a stage the
	 * programme serves (boarding or not for the living allowances), in hardship shown by
	 * evidence (except for meals), and hold no grant of the programme in the semester —
	 * at any school.
	 */
	@Transactional
	public ApplicationDetail apply(DataScope scope, ApplicationForm form, Locale locale) {
		if (form == null || form.studentId() == null) {
			throw new Rejection("studentId", "aid.required");
		}
		StudentRef student = students.ref(scope, form.studentId());
		List<Problem> problems = new ArrayList<>();
		AidProgramme p = null;
		Semester semester = null;
		try {
			p = programme(form.programme());
			if (!p.isActive()) {
				problems.add(new Problem("programme", "aid.programme.inactive"));
			}
		}
		catch (Rejection r) {
			problems.addAll(r.problems());
		}
		try {
			semester = Semester.parse(form.semester());
		}
		catch (Rejection r) {
			problems.addAll(r.problems());
		}
		LocalDate applied = form.appliedOn() == null ? today() : form.appliedOn();
		if (applied.isBefore(EARLIEST) || applied.isAfter(today())) {
			problems.add(new Problem("appliedOn", "aid.date.range", applied));
		}
		if (student.status() != StudentStatus.ENROLLED) {
			problems.add(new Problem("studentId", "aid.student.notAtSchool",
					label("enum.StudentStatus." + student.status().name())));
		}
		String tier = form.tier() == null || form.tier().isBlank() ? STANDARD_TIER : form.tier().strip();
		if (p != null) {
			if (!p.stages().contains(student.stage())) {
				problems.add(
						new Problem("programme", "aid.programme.stage", label("enum.Stage." + student.stage().name())));
			}
			if ("BOARDING_LIVING".equals(p.getCode()) && !student.boarder()) {
				problems.add(new Problem("programme", "aid.programme.boardersOnly"));
			}
			if ("NON_BOARDING_LIVING".equals(p.getCode()) && student.boarder()) {
				problems.add(new Problem("programme", "aid.programme.nonBoardersOnly"));
			}
			if (p.needsHardship()) {
				if (form.category() == null) {
					problems.add(new Problem("category", "aid.required"));
				}
				if (form.evidence() == null || form.evidence().isBlank()) {
					problems.add(new Problem("evidence", "aid.evidence.required"));
				}
			}
			if (semester != null && standardOn(p.getCode(), student.stage(), tier, semester.start()).isEmpty()) {
				problems.add(new Problem("semester", "aid.standard.none", semester.code()));
			}
		}
		if (form.evidence() != null && form.evidence().strip().length() > 500) {
			problems.add(new Problem("evidence", "aid.tooLong", 500));
		}
		if (p != null && semester != null) {
			Optional<AidApplication> held = applications
				.findByGrantKey(AidApplication.grantKey(student.id(), p.getCode(), semester));
			if (held.isPresent()) {
				problems.add(new Problem("programme", "aid.application.duplicate", semester.code(),
						label("enum.AidStatus." + held.get().getStatus().name())));
			}
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		AidApplication a = applications.save(new AidApplication(student.id(), student.unitId(), student.unitPath(),
				p.getCode(), semester, tier, form.category(),
				form.evidence() == null || form.evidence().isBlank() ? null : form.evidence().strip(), applied,
				Actor.current()));
		steps.save(new AidStep(a.getId(), null, AidStatus.APPLIED, null, Actor.current()));
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("student", student.id());
		created.put("programme", p.getCode());
		created.put("semester", semester.code());
		created.put("category", form.category());
		audit.record(AuditAction.CREATE, APPLICATION, a.getId(), student.name() + " " + p.getCode(),
				Change.created(created));
		return application(scope, a.getId(), locale);
	}

	/** Applications of the scope, optionally of one programme, semester and status. */
	@Transactional(readOnly = true)
	public List<ApplicationView> applications(DataScope scope, String programme, String semester, AidStatus status) {
		List<AidApplication> found = applications.findAll(applicationsWhere(scope, programme, semester, status),
				Sort.by(Sort.Order.desc("id")));
		if (found.size() > 2000) {
			found = found.subList(0, 2000);
		}
		return views(scope, found);
	}

	/**
	 * One page of {@link #applications(DataScope, String, String, AidStatus)}, paged in
	 * the query (all of them, page by page).
	 */
	@Transactional(readOnly = true)
	public Page<ApplicationView> applications(DataScope scope, String programme, String semester, AidStatus status,
			int page, int size) {
		return applicationPage(scope, applicationsWhere(scope, programme, semester, status),
				Sort.by(Sort.Order.desc("id")), page, size);
	}

	/** The largest page the API answers. */
	static final int MAX_PAGE_SIZE = 200;

	private Page<ApplicationView> applicationPage(DataScope scope, Specification<AidApplication> where, Sort order,
			int page, int size) {
		Page<AidApplication> found = applications.findAll(where, Paging.request(page, size, MAX_PAGE_SIZE, order));
		return new PageImpl<>(views(scope, found.getContent()), found.getPageable(), found.getTotalElements());
	}

	private Specification<AidApplication> applicationsWhere(DataScope scope, String programme, String semester,
			AidStatus status) {
		Specification<AidApplication> where = within(scope, "unitId", "unitPath");
		if (programme != null && !programme.isBlank()) {
			where = where.and((root, q, cb) -> cb.equal(root.get("programmeCode"), programme.strip()));
		}
		if (semester != null && !semester.isBlank()) {
			String code = Semester.parse(semester).code();
			where = where.and((root, q, cb) -> cb.equal(root.get("semester"), code));
		}
		if (status != null) {
			where = where.and((root, q, cb) -> cb.equal(root.get("status"), status));
		}
		return where;
	}

	/**
	 * The aid history of a student of the scope at every school, also before a transfer
	 * (the student is visible where they are now).
	 */
	@Transactional(readOnly = true)
	public List<ApplicationView> studentAid(DataScope scope, long studentId) {
		StudentRef s = students.ref(scope, studentId);
		List<AidApplication> found = applications.findByStudentIdOrderByIdAsc(studentId);
		Map<Long, String> names = unitNames(found);
		return found.stream().map(a -> a.toView(s.name(), names.get(a.getUnitId()))).toList();
	}

	private List<ApplicationView> views(DataScope scope, List<AidApplication> found) {
		Map<Long, StudentRef> refs = students.refs(DataScope.all(),
				found.stream().map(AidApplication::getStudentId).toList());
		Map<Long, String> names = unitNames(found);
		return found.stream()
			.map(a -> a.toView(refs.containsKey(a.getStudentId()) ? refs.get(a.getStudentId()).name() : "",
					names.get(a.getUnitId())))
			.toList();
	}

	private Map<Long, String> unitNames(List<AidApplication> found) {
		Map<Long, String> names = new HashMap<>();
		org.byIds(new HashSet<>(found.stream().map(AidApplication::getUnitId).toList()))
			.forEach((id, u) -> names.put(id, u.name()));
		return names;
	}

	@Transactional(readOnly = true)
	public ApplicationDetail application(DataScope scope, long id, Locale locale) {
		AidApplication a = visible(scope, id);
		return new ApplicationDetail(views(scope, List.of(a)).get(0),
				steps.findByApplicationIdOrderByIdAsc(id).stream().map(AidStep::toView).toList(),
				explain(reasons(a), locale));
	}

	private List<Reason> reasons(AidApplication a) {
		List<Reason> reasons = new ArrayList<>();
		Semester s = a.getSemester();
		StudentRef student = students.refs(DataScope.all(), List.of(a.getStudentId())).get(a.getStudentId());
		if (student != null) {
			standardOn(a.getProgrammeCode(), student.stage(), a.getTier(), s.start()).ifPresent(st -> reasons
				.add(new Reason(PolicyRule.STUDENT_AID_STANDARDS, "aid.reason.standard", yuan(st.getAmountPerYearFen()),
						st.getEffectiveFrom().toString(), yuan(semesterAmount(st)), st.getSource())));
		}
		if (a.getNoticeUntil() != null) {
			reasons.add(new Reason(PolicyRule.AID_PUBLIC_NOTICE, "aid.reason.notice", a.getNoticeFrom().toString(),
					a.getNoticeUntil().toString(),
					rules.parameter(LocalParameter.AID_PUBLIC_NOTICE_WORKING_DAYS, a.getNoticeFrom()).intValue()));
		}
		return reasons;
	}

	static long semesterAmount(AidStandard s) {
		return s.getAmountPerYearFen() / 2;
	}

	static String yuan(long fen) {
		return fen % 100 == 0 ? String.valueOf(fen / 100) : java.math.BigDecimal.valueOf(fen, 2).toPlainString();
	}

	List<String> explain(List<Reason> reasons, Locale locale) {
		boolean chinese = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
		return reasons.stream()
			.map(r -> messages.getMessage(r.messageKey(), r.args().toArray(), r.messageKey(), locale)
					+ (chinese ? "（依据：" + r.rule().source() + "，" + r.rule().effective() + "起施行）"
							: " (source: " + r.rule().source() + ", in force from " + r.rule().effective() + ")"))
			.toList();
	}

	private void move(AidApplication a, AidStatus to, String note) {
		AidStatus from = a.getStatus();
		if (to != AidStatus.PUBLICISED && to != AidStatus.APPROVED) {
			a.moveTo(to, Actor.current());
		}
		steps.save(new AidStep(a.getId(), from, to, note, Actor.current()));
		audit.record(AuditAction.UPDATE, APPLICATION, a.getId(), a.getProgrammeCode() + " " + to,
				List.of(new Change("status", from.name(), to.name()), new Change("note", null, note)));
	}

	private static String note(DecisionForm form, boolean required) {
		String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
		if (note == null && required) {
			throw new Rejection("note", "aid.note.required");
		}
		if (note != null && note.length() > 500) {
			throw new Rejection("note", "aid.tooLong", 500);
		}
		return note;
	}

	/** The class or school review: pass the application on, or reject it with a note. */
	@Transactional
	public ApplicationDetail review(DataScope scope, long id, DecisionForm form, Locale locale) {
		AidApplication a = visible(scope, id);
		if (form == null || form.pass() == null) {
			throw new Rejection("pass", "aid.required");
		}
		if (a.getStatus() != AidStatus.APPLIED) {
			throw new Rejection("status", "aid.status.notAllowed", AidApplication.label(a.getStatus()),
					AidApplication.label(form.pass() ? AidStatus.SCHOOL_REVIEWED : AidStatus.REJECTED));
		}
		move(a, form.pass() ? AidStatus.SCHOOL_REVIEWED : AidStatus.REJECTED, note(form, !form.pass()));
		return application(scope, id, locale);
	}

	/**
	 * Posts a reviewed application on the public notice (公示) from a day; the notice runs
	 * the local number of working days, the start day not counted (policy rules §12).
	 */
	@Transactional
	public ApplicationDetail publicise(DataScope scope, long id, DecisionForm form, Locale locale) {
		AidApplication a = visible(scope, id);
		LocalDate on = form == null || form.on() == null ? today() : form.on();
		if (on.isBefore(a.getAppliedOn()) || on.isAfter(today())) {
			throw new Rejection("on", "aid.date.range", on);
		}
		int days = rules.parameter(LocalParameter.AID_PUBLIC_NOTICE_WORKING_DAYS, on).intValue();
		LocalDate until = rules.periodEnd(PolicyRule.AID_PUBLIC_NOTICE, on, days, true).due();
		AidStatus from = a.getStatus();
		a.publicise(on, until, Actor.current());
		steps.save(new AidStep(a.getId(), from, AidStatus.PUBLICISED, on + " – " + until, Actor.current()));
		audit.record(AuditAction.UPDATE, APPLICATION, a.getId(), a.getProgrammeCode() + " " + AidStatus.PUBLICISED,
				List.of(new Change("status", from.name(), AidStatus.PUBLICISED.name()),
						new Change("noticeUntil", null, until.toString())));
		return application(scope, id, locale);
	}

	/**
	 * The bureau approves an application whose public notice has run its full term (from
	 * the day after its last day), at half the yearly standard in force on the semester's
	 * first day; or rejects it with a note (e.g. an objection during the notice).
	 */
	@Transactional
	public ApplicationDetail approve(DataScope scope, long id, DecisionForm form, Locale locale) {
		AidApplication a = visible(scope, id);
		if (form == null || form.pass() == null) {
			throw new Rejection("pass", "aid.required");
		}
		if (!form.pass()) {
			if (a.getStatus() == AidStatus.PAID || !a.getStatus().standing()) {
				throw new Rejection("status", "aid.status.notAllowed", AidApplication.label(a.getStatus()),
						AidApplication.label(AidStatus.REJECTED));
			}
			move(a, AidStatus.REJECTED, note(form, true));
			return application(scope, id, locale);
		}
		LocalDate on = form.on() == null ? today() : form.on();
		if (a.getStatus() != AidStatus.PUBLICISED) {
			throw new Rejection("status", "aid.status.notAllowed", AidApplication.label(a.getStatus()),
					AidApplication.label(AidStatus.APPROVED));
		}
		if (!on.isAfter(a.getNoticeUntil())) {
			throw new Rejection("on", "aid.notice.running", a.getNoticeUntil());
		}
		if (on.isAfter(today())) {
			throw new Rejection("on", "aid.date.range", on);
		}
		StudentRef student = students.refs(DataScope.all(), List.of(a.getStudentId())).get(a.getStudentId());
		AidStandard standard = standardOn(a.getProgrammeCode(), student.stage(), a.getTier(), a.getSemester().start())
			.orElseThrow(() -> new Rejection("semester", "aid.standard.none", a.getSemester().code()));
		AidStatus from = a.getStatus();
		a.approve(semesterAmount(standard), Actor.current());
		steps.save(new AidStep(a.getId(), from, AidStatus.APPROVED, note(form, false), Actor.current()));
		audit.record(AuditAction.UPDATE, APPLICATION, a.getId(), a.getProgrammeCode() + " " + AidStatus.APPROVED,
				List.of(new Change("status", from.name(), AidStatus.APPROVED.name()),
						new Change("amountFen", null, String.valueOf(semesterAmount(standard)))));
		return application(scope, id, locale);
	}

	// ---- payment batches

	/**
	 * Pays every approved application of a programme and semester in the scope as one
	 * batch, set-based; refused when there is none.
	 */
	@Transactional
	public BatchView createBatch(DataScope scope, BatchForm form) {
		if (form == null) {
			throw new Rejection(null, "aid.required");
		}
		AidProgramme p = programme(form.programme());
		Semester semester = Semester.parse(form.semester());
		LocalDate paidOn = form.paidOn() == null ? today() : form.paidOn();
		if (paidOn.isBefore(EARLIEST) || paidOn.isAfter(today())) {
			throw new Rejection("paidOn", "aid.date.range", paidOn);
		}
		if (scope.unitId() == null || scope.kind() == ScopeKind.SELF) {
			throw new Rejection(null, "aid.batch.ownerNeeded");
		}
		String path = org.pathOf(scope.unitId()).orElseThrow();
		String where = scope.kind() == ScopeKind.UNIT ? "unit_id = ?4" : "unit_path like ?4";
		Object scopeValue = scope.kind() == ScopeKind.UNIT ? (Object) scope.unitId()
				: (Object) (scope.kind() == ScopeKind.ALL ? "%" : path + "%");
		PaymentBatch b = batches
			.save(new PaymentBatch(scope.unitId(), path, p.getCode(), semester, paidOn, Actor.current()));
		em.flush();
		int paid = em.createNativeQuery(
				"update aid_application set status = 'PAID', batch_id = ?1, paid_on = ?2, updated_by = ?3, "
						+ "version = version + 1 where status = 'APPROVED' and programme_code = ?5 and semester = ?6 and "
						+ where)
			.setParameter(1, b.getId())
			.setParameter(2, paidOn)
			.setParameter(3, Actor.current())
			.setParameter(4, scopeValue)
			.setParameter(5, p.getCode())
			.setParameter(6, semester.code())
			.executeUpdate();
		if (paid == 0) {
			throw new Rejection("programme", "aid.batch.empty", semester.code());
		}
		Object sum = em
			.createNativeQuery("select coalesce(sum(amount_fen), 0) from aid_application where batch_id = ?1")
			.setParameter(1, b.getId())
			.getSingleResult();
		em.clear();
		b = batches.findById(b.getId()).orElseThrow();
		b.counted(paid, ((Number) sum).longValue());
		audit.record(AuditAction.CREATE, "aid.batch", b.getId(), p.getCode() + " " + semester.code(),
				List.of(new Change("students", null, String.valueOf(paid)),
						new Change("amountFen", null, String.valueOf(((Number) sum).longValue()))));
		return b.toView();
	}

	@Transactional(readOnly = true)
	public List<BatchView> batches(DataScope scope) {
		return batches.findAll(this.<PaymentBatch>within(scope, "ownerUnitId", "ownerPath"), BATCH_ORDER)
			.stream()
			.map(PaymentBatch::toView)
			.toList();
	}

	/** One page of {@link #batches(DataScope)}, paged in the query. */
	@Transactional(readOnly = true)
	public Page<BatchView> batches(DataScope scope, int page, int size) {
		return batches
			.findAll(this.<PaymentBatch>within(scope, "ownerUnitId", "ownerPath"),
					Paging.request(page, size, MAX_PAGE_SIZE, BATCH_ORDER))
			.map(PaymentBatch::toView);
	}

	private static final Sort BATCH_ORDER = Sort.by(Sort.Order.desc("paidOn"), Sort.Order.desc("id"));

	private PaymentBatch visibleBatch(DataScope scope, long id) {
		return batches.findOne(this.<PaymentBatch>within(scope, "ownerUnitId", "ownerPath").and(id(id)))
			.orElseThrow(() -> new NotFound("batch " + id));
	}

	@Transactional(readOnly = true)
	public BatchView batch(DataScope scope, long id) {
		return visibleBatch(scope, id).toView();
	}

	@Transactional(readOnly = true)
	public List<ApplicationView> batchApplications(DataScope scope, long id) {
		visibleBatch(scope, id);
		return views(scope, applications.findAll((root, q, cb) -> cb.equal(root.get("batchId"), id), Sort.by("id")));
	}

	/** One page of {@link #batchApplications(DataScope, long)}, paged in the query. */
	@Transactional(readOnly = true)
	public Page<ApplicationView> batchApplications(DataScope scope, long id, int page, int size) {
		visibleBatch(scope, id);
		return applicationPage(scope, (root, q, cb) -> cb.equal(root.get("batchId"), id), Sort.by("id"), page, size);
	}

	/**
	 * One row of a bank batch: the payee's name and identity number, the school, the
	 * amount.
	 */
	record BankRow(String name, String idNumber, String school, long amountFen) {
	}

	/** The batch as the bank needs it (full identity numbers); the export is audited. */
	@Transactional
	public List<BankRow> bankRows(DataScope scope, long id) {
		PaymentBatch b = visibleBatch(scope, id);
		List<AidApplication> paid = applications.findAll((root, q, cb) -> cb.equal(root.get("batchId"), id),
				Sort.by("unitId", "id"));
		Map<Long, String> numbers = students.identityNumbers(DataScope.all(),
				paid.stream().map(AidApplication::getStudentId).toList(), "aid bank batch " + id);
		Map<Long, StudentRef> refs = students.refs(DataScope.all(),
				paid.stream().map(AidApplication::getStudentId).toList());
		Map<Long, String> names = unitNames(paid);
		audit.record(AuditAction.EXPORT, "aid.batch", b.getId(), b.getProgrammeCode() + " " + b.getSemester(),
				List.of(new Change("rows", null, String.valueOf(paid.size()))));
		return paid.stream()
			.map(a -> new BankRow(refs.get(a.getStudentId()).name(), numbers.get(a.getStudentId()),
					names.get(a.getUnitId()), a.getAmountFen()))
			.toList();
	}

	/**
	 * Reverses a paid grant: a reversal row with the reason; the payment stays on record.
	 */
	@Transactional
	public ApplicationDetail reverse(DataScope scope, long id, ReversalForm form, Locale locale) {
		AidApplication a = visible(scope, id);
		if (form == null || form.reason() == null || form.reason().isBlank()) {
			throw new Rejection("reason", "aid.required");
		}
		if (form.reason().strip().length() > 500) {
			throw new Rejection("reason", "aid.tooLong", 500);
		}
		LocalDate on = form.on() == null ? today() : form.on();
		if (on.isAfter(today()) || on.isBefore(EARLIEST)) {
			throw new Rejection("on", "aid.date.range", on);
		}
		if (a.getStatus() != AidStatus.PAID) {
			throw new Rejection("status", "aid.status.notAllowed", AidApplication.label(a.getStatus()),
					AidApplication.label(AidStatus.REVERSED));
		}
		AidReversal r = reversals.save(new AidReversal(a.getId(), a.getBatchId(), a.getAmountFen(),
				form.reason().strip(), on, Actor.current()));
		move(a, AidStatus.REVERSED, form.reason().strip());
		audit.record(AuditAction.CREATE, "aid.reversal", r.getId(), a.getProgrammeCode(),
				List.of(new Change("amountFen", null, String.valueOf(a.getAmountFen()))));
		return application(scope, id, locale);
	}

}
