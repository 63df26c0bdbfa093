package io.edubureau.ethics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.ethics.Views.AssessmentView;
import io.edubureau.ethics.Views.CaseView;
import io.edubureau.ethics.Views.EthicsFile;
import io.edubureau.ethics.Views.StepView;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.personnelfile.PersonnelFileManagement;
import io.edubureau.personnelfile.SanctionForm;
import io.edubureau.personnelfile.SanctionRecord;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Paging;
import io.edubureau.platform.Rejection;
import io.edubureau.rules.LocalParameter;
import io.edubureau.rules.RulesManagement;
import io.edubureau.staff.AppraisalRecord;
import io.edubureau.staff.EthicsResult;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ethics module's public face, and the one place the one-vote veto is decided
 * ({@link #veto}). Every read takes the caller's {@link DataScope}; every change is
 * audited in its transaction; reading a person's ethics file is audited.
 */
@Service
public class EthicsManagement {

	static final String ASSESSMENT = "ethics.assessment";

	static final String CASE = "ethics.case";

	private final StaffManagement staff;

	private final PersonnelFileManagement personnelFile;

	private final OrgManagement org;

	private final RulesManagement rules;

	private final AuditManagement audit;

	private final EthicsAssessmentRepository assessments;

	private final EthicsCaseRepository cases;

	private final EthicsCaseStepRepository steps;

	EthicsManagement(StaffManagement staff, OrgManagement org, RulesManagement rules, AuditManagement audit,
			EthicsAssessmentRepository assessments, EthicsCaseRepository cases, EthicsCaseStepRepository steps,
			PersonnelFileManagement personnelFile) {
		this.personnelFile = personnelFile;
		this.staff = staff;
		this.org = org;
		this.rules = rules;
		this.audit = audit;
		this.assessments = assessments;
		this.cases = cases;
		this.steps = steps;
	}

	// ---- the one-vote veto

	/**
	 * Whether the one-vote veto blocks the purpose for a person in scope on the day,
	 * until when, and why: one rule, read by titles, awards, appraisal, pay and
	 * promotion.
	 */
	@Transactional(readOnly = true)
	public VetoDecision veto(DataScope scope, long staffId, LocalDate on, VetoPurpose purpose) {
		if (on == null || purpose == null) {
			throw new Rejection(on == null ? "on" : "for", "ethics.veto.input");
		}
		staff.get(scope, staffId);
		Set<Integer> failed = new HashSet<>();
		for (AppraisalRecord a : staff.appraisals(scope, staffId)) {
			if (a.ethics() == EthicsResult.FAILED) {
				failed.add(a.year());
			}
		}
		for (EthicsAssessment a : assessments.findByStaffIdOrderByYearDescSemesterDesc(staffId)) {
			if (!a.isPassed()) {
				failed.add(a.getYear());
			}
		}
		List<SanctionRecord> sanctions = personnelFile.sanctions(scope, staffId);
		int months = rules.parameter(LocalParameter.ETHICS_FAILED_BLOCK_MONTHS, on).intValue();
		return EthicsVeto.decide(failed, sanctions, months, purpose, on);
	}

	// ---- the ethics file

	/**
	 * A person's ethics file: semester assessments, sanctions and handling, and today's
	 * veto.
	 */
	@Transactional(readOnly = true)
	public EthicsFile file(DataScope scope, long staffId, LocalDate on) {
		StaffView p = staff.get(scope, staffId);
		List<AssessmentView> own = assessments.findByStaffIdOrderByYearDescSemesterDesc(staffId)
			.stream()
			.map(EthicsAssessment::toView)
			.toList();
		audit.recordRead("ethics.file", staffId, "ethics file of " + p.name(), List.of());
		return new EthicsFile(staffId, p.name(), own, personnelFile.sanctions(scope, staffId),
				veto(scope, staffId, on, VetoPurpose.AWARD));
	}

	/** The school records a semester's assessment of a teacher (once per semester). */
	@Transactional
	public AssessmentView assess(DataScope scope, Forms.AssessmentForm form) {
		List<Rejection.Problem> problems = new ArrayList<>();
		if (form.staffId() == null) {
			problems.add(new Rejection.Problem("staffId", "ethics.assessment.staff"));
		}
		if (form.year() == null || form.year() < 2000 || form.year() > 2100) {
			problems.add(new Rejection.Problem("year", "ethics.assessment.year", String.valueOf(form.year())));
		}
		if (form.semester() == null || form.semester() < 1 || form.semester() > 2) {
			problems.add(new Rejection.Problem("semester", "ethics.assessment.semester"));
		}
		if (form.passed() == null) {
			problems.add(new Rejection.Problem("passed", "ethics.assessment.result"));
		}
		if (form.notes() != null && form.notes().length() > 500) {
			problems.add(new Rejection.Problem("notes", "ethics.text.long", 500));
		}
		if (Boolean.FALSE.equals(form.passed()) && (form.notes() == null || form.notes().isBlank())) {
			problems.add(new Rejection.Problem("notes", "ethics.assessment.failedNotes"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		StaffView p = staff.get(scope, form.staffId());
		if (assessments.findByStaffIdAndYearAndSemester(p.id(), form.year(), form.semester()).isPresent()) {
			throw new Rejection("semester", "ethics.assessment.exists", String.valueOf(form.year()),
					String.valueOf(form.semester()));
		}
		EthicsAssessment a = assessments
			.save(new EthicsAssessment(p.id(), p.unitId(), form.year(), form.semester(), form.passed(), form.notes()));
		audit.record(AuditAction.CREATE, ASSESSMENT, a.getId(), p.name() + " " + form.year() + "/" + form.semester(),
				Change.created(Map.of("staffId", p.id(), "year", form.year(), "semester", form.semester(), "passed",
						form.passed())));
		return a.toView();
	}

	/** The bureau reviews a school's assessment. */
	@Transactional
	public AssessmentView review(DataScope scope, long id) {
		EthicsAssessment a = assessments.findById(id).orElseThrow(() -> new NotFound("assessment " + id));
		if (!org.isWithin(scope, a.getUnitId())) {
			throw new NotFound("assessment " + id);
		}
		if (a.getReviewedBy() != null) {
			throw new Rejection("reviewed", "ethics.assessment.reviewed", a.getReviewedBy());
		}
		a.review();
		audit.record(AuditAction.UPDATE, ASSESSMENT, id, "reviewed", List.of(new Change("reviewed", null, "yes")));
		return a.toView();
	}

	/** The assessments of a year in scope, for figures and the school's list. */
	@Transactional(readOnly = true)
	public List<AssessmentView> assessments(DataScope scope, int year) {
		return assessments.findByYear(year)
			.stream()
			.filter(a -> org.isWithin(scope, a.getUnitId()))
			.map(EthicsAssessment::toView)
			.toList();
	}

	/** One page of {@link #assessments(DataScope, int)}, paged in the query. */
	@Transactional(readOnly = true)
	public Page<AssessmentView> assessments(DataScope scope, int year, int page, int size) {
		return assessments
			.findAll(
					org.<EthicsAssessment>unitIdScope(scope, "unitId")
						.and((root, q, cb) -> cb.equal(root.get("year"), year)),
					Paging.request(page, size, MAX_PAGE_SIZE, Sort.by("unitId", "staffId", "semester", "id")))
			.map(EthicsAssessment::toView);
	}

	/**
	 * One page of a year's assessments in scope, filtered in the query; every filter but
	 * the year is optional.
	 * @param reviewed true for reviewed by the bureau, false for waiting for review
	 */
	@Transactional(readOnly = true)
	public Page<AssessmentView> assessments(DataScope scope, int year, Integer semester, Boolean passed,
			Boolean reviewed, Long unitId, int page, int size) {
		Specification<EthicsAssessment> where = org.<EthicsAssessment>unitIdScope(scope, "unitId")
			.and((root, q, cb) -> cb.equal(root.get("year"), year));
		if (semester != null) {
			where = where.and((root, q, cb) -> cb.equal(root.get("semester"), semester));
		}
		if (passed != null) {
			where = where.and((root, q, cb) -> cb.equal(root.get("passed"), passed));
		}
		if (reviewed != null) {
			where = where.and((root, q, cb) -> reviewed ? cb.isNotNull(root.get("reviewedBy"))
					: cb.isNull(root.get("reviewedBy")));
		}
		if (unitId != null) {
			where = where.and((root, q, cb) -> cb.equal(root.get("unitId"), unitId));
		}
		return assessments
			.findAll(where, Paging.request(page, size, MAX_PAGE_SIZE, Sort.by("unitId", "staffId", "semester", "id")))
			.map(EthicsAssessment::toView);
	}

	/** The largest page the API answers. */
	static final int MAX_PAGE_SIZE = 200;

	// ---- cases

	@Transactional
	public CaseView report(DataScope scope, Forms.CaseForm form) {
		List<Rejection.Problem> problems = new ArrayList<>();
		if (form.staffId() == null) {
			problems.add(new Rejection.Problem("staffId", "ethics.case.staff"));
		}
		if (form.source() == null) {
			problems.add(new Rejection.Problem("source", "ethics.case.source"));
		}
		if (form.receivedOn() == null) {
			problems.add(new Rejection.Problem("receivedOn", "ethics.day.required"));
		}
		problems.addAll(text("summary", form.summary(), 1000, true));
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		StaffView p = staff.get(scope, form.staffId());
		EthicsCase c = cases
			.save(new EthicsCase(p.id(), p.unitId(), form.source(), form.receivedOn(), form.summary().strip()));
		steps.save(new CaseStep(c.getId(), null, CaseStatus.REPORTED, form.receivedOn(), form.summary().strip()));
		audit.record(AuditAction.CREATE, CASE, c.getId(), "case about " + p.id(), Change
			.created(Map.of("staffId", p.id(), "source", form.source().name(), "receivedOn", form.receivedOn())));
		return c.toView(p.name());
	}

	private static List<Rejection.Problem> text(String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			return required ? List.of(new Rejection.Problem(field, "ethics.text.required")) : List.of();
		}
		return value.length() > max ? List.of(new Rejection.Problem(field, "ethics.text.long", max)) : List.of();
	}

	private EthicsCase theCase(DataScope scope, long id) {
		EthicsCase c = cases.findById(id).orElseThrow(() -> new NotFound("case " + id));
		if (!org.isWithin(scope, c.getUnitId())) {
			throw new NotFound("case " + id);
		}
		return c;
	}

	@Transactional(readOnly = true)
	public CaseView caseView(DataScope scope, long id) {
		EthicsCase c = theCase(scope, id);
		audit.recordRead(CASE, id, "case read", List.of());
		return c.toView(name(c.getStaffId()));
	}

	private String name(long staffId) {
		StaffView p = staff.visible(DataScope.all(), List.of(staffId)).get(staffId);
		return p == null ? String.valueOf(staffId) : p.name();
	}

	/** The cases in scope, latest first. */
	@Transactional(readOnly = true)
	public List<CaseView> cases(DataScope scope) {
		return caseViews(cases.findAllByOrderByReceivedOnDescIdDesc()
			.stream()
			.filter(c -> org.isWithin(scope, c.getUnitId()))
			.toList());
	}

	/** One page of {@link #cases(DataScope)}, paged in the query. */
	@Transactional(readOnly = true)
	public Page<CaseView> cases(DataScope scope, int page, int size) {
		Page<EthicsCase> found = cases.findAll(org.unitIdScope(scope, "unitId"), Paging.request(page, size,
				MAX_PAGE_SIZE, Sort.by(Sort.Order.desc("receivedOn"), Sort.Order.desc("id"))));
		return new PageImpl<>(caseViews(found.getContent()), found.getPageable(), found.getTotalElements());
	}

	private List<CaseView> caseViews(List<EthicsCase> found) {
		Map<Long, StaffView> people = staff.visible(DataScope.all(),
				found.stream().map(EthicsCase::getStaffId).distinct().toList());
		return found.stream()
			.map(c -> c.toView(people.containsKey(c.getStaffId()) ? people.get(c.getStaffId()).name()
					: String.valueOf(c.getStaffId())))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<StepView> history(DataScope scope, long id) {
		theCase(scope, id);
		return steps.findByCaseIdOrderByIdAsc(id).stream().map(CaseStep::toView).toList();
	}

	@Transactional
	public CaseView investigate(DataScope scope, long id, Forms.InvestigateForm form) {
		List<Rejection.Problem> problems = new ArrayList<>(text("officer", form.officer(), 64, true));
		if (form.deadline() == null) {
			problems.add(new Rejection.Problem("deadline", "ethics.day.required"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		return step(scope, id, form.deadline(), form.officer(),
				c -> c.investigate(form.officer().strip(), form.deadline()));
	}

	/**
	 * Decides a case; a violation's handling or sanction is written to the personnel file
	 * (staff), which the veto and registration then read.
	 */
	@Transactional
	public CaseView decide(DataScope scope, long id, Forms.DecideForm form) {
		List<Rejection.Problem> problems = new ArrayList<>(text("findings", form.findings(), 2000, true));
		problems.addAll(text("decidedBy", form.decidedBy(), 100, true));
		problems.addAll(text("documentNumber", form.documentNumber(), 60, false));
		if (form.outcome() == null) {
			problems.add(new Rejection.Problem("outcome", "ethics.case.outcome"));
		}
		if (form.decidedOn() == null) {
			problems.add(new Rejection.Problem("decidedOn", "ethics.day.required"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		CaseView v = step(scope, id, form.decidedOn(), form.findings(), c -> c.decide(form.findings().strip(),
				form.outcome(), form.decidedOn(), form.decidedBy().strip(), form.documentNumber()));
		if (form.outcome().violation()) {
			EthicsCase c = theCase(scope, id);
			SanctionRecord s = personnelFile
				.recordSanction(scope, c.getStaffId(), new SanctionForm(form.outcome().kind(), form.decidedOn(),
						form.decidedBy().strip(), form.findings().strip().length() > 500
								? form.findings().strip().substring(0, 500) : form.findings().strip(),
						form.documentNumber(), null));
			c.sanctionRecorded(s.id());
			audit.record(AuditAction.UPDATE, CASE, id, "sanction recorded",
					List.of(new Change("sanctionId", null, String.valueOf(s.id()))));
			return c.toView(v.staffName());
		}
		return v;
	}

	@Transactional
	public CaseView notifyTeacher(DataScope scope, long id, Forms.DayForm form) {
		if (form.on() == null) {
			throw new Rejection("on", "ethics.day.required");
		}
		return step(scope, id, form.on(), form.text(), c -> c.notify(form.on()));
	}

	@Transactional
	public CaseView appeal(DataScope scope, long id, Forms.DayForm form) {
		List<Rejection.Problem> problems = new ArrayList<>(text("text", form.text(), 1000, true));
		if (form.on() == null) {
			problems.add(new Rejection.Problem("on", "ethics.day.required"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		return step(scope, id, form.on(), form.text(), c -> c.appeal(form.text().strip(), form.on()));
	}

	@Transactional
	public CaseView close(DataScope scope, long id, Forms.DayForm form) {
		List<Rejection.Problem> problems = new ArrayList<>(text("text", form.text(), 1000, false));
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		return step(scope, id, form.on(), form.text(), c -> c.close(form.text()));
	}

	private CaseView step(DataScope scope, long id, LocalDate on, String note,
			java.util.function.Consumer<EthicsCase> change) {
		EthicsCase c = theCase(scope, id);
		CaseStatus from = c.getStatus();
		change.accept(c);
		steps.save(new CaseStep(id, from, c.getStatus(), on, note));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("status", c.getStatus().name());
		audit.record(AuditAction.UPDATE, CASE, id, from + " → " + c.getStatus(),
				List.of(new Change("status", from.name(), c.getStatus().name())));
		return c.toView(name(c.getStaffId()));
	}

	// ---- for the figures

	Map<Long, String> names(java.util.Collection<Long> staffIds) {
		Map<Long, String> names = new java.util.HashMap<>();
		staff.visible(DataScope.all(), staffIds).forEach((id, p) -> names.put(id, p.name()));
		return names;
	}

	List<EthicsCase> casesOfYear(DataScope scope, int year) {
		return cases.findAllByOrderByReceivedOnDescIdDesc()
			.stream()
			.filter(c -> c.getReceivedOn().getYear() == year && org.isWithin(scope, c.getUnitId()))
			.toList();
	}

}
