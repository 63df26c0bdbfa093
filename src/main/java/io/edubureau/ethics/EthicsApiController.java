package io.edubureau.ethics;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.ethics.Views.AssessmentView;
import io.edubureau.ethics.Views.CaseView;
import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection;
import io.edubureau.rules.RulesManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.web.PagedModel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Ethics (师德) through the API: the one-vote veto, assessments and cases. */
@RestController
@RequestMapping("/api/v1/ethics")
@Tag(name = "Ethics", description = "Ethics file (师德档案), cases and the one-vote veto (一票否决)")
class EthicsApiController {

	private final EthicsManagement ethics;

	private final RulesManagement rules;

	private final io.edubureau.sheet.SheetManagement sheets;

	private final EthicsAssessmentImport assessmentImport;

	EthicsApiController(EthicsManagement ethics, RulesManagement rules, io.edubureau.sheet.SheetManagement sheets,
			EthicsAssessmentImport assessmentImport) {
		this.ethics = ethics;
		this.rules = rules;
		this.sheets = sheets;
		this.assessmentImport = assessmentImport;
	}

	/** How many assessments were imported, or the errors per row. */
	@PostMapping(path = "/assessments/import", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('ethics:assessment:record')")
	@Operation(
			summary = "Import a school's semester ethics assessments from .xlsx or .csv (school, person, year, semester, result, notes); each row as the form records it; all or nothing")
	org.springframework.http.ResponseEntity<io.edubureau.sheet.ImportAnswer> importAssessments(
			@RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		io.edubureau.sheet.ImportResult result = sheets.importNow(file, assessmentImport.forScope(scope), dryRun);
		return org.springframework.http.ResponseEntity.status(result.httpStatus())
			.body(io.edubureau.sheet.ImportAnswer.of(result));
	}

	@GetMapping("/veto/{staffId}")
	@PreAuthorize("hasAuthority('ethics:veto:read')")
	@Operation(summary = "Whether the one-vote veto blocks TITLE|AWARD|APPRAISAL|PAY|KEY_TEACHER|PROMOTION on a day")
	Map<String, Object> veto(@PathVariable long staffId, @RequestParam(required = false) LocalDate on,
			@RequestParam(name = "for", required = false) String purpose, DataScope scope, Locale locale) {
		VetoPurpose p;
		try {
			p = purpose == null ? null : VetoPurpose.valueOf(purpose);
		}
		catch (IllegalArgumentException ex) {
			throw new Rejection("for", "ethics.veto.purpose", purpose);
		}
		if (p == null) {
			throw new Rejection("for", "ethics.veto.purpose", "");
		}
		VetoDecision d = ethics.veto(scope, staffId, on == null ? LocalDate.now() : on, p);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("blocked", d.blocked());
		body.put("until", d.until() == null ? null : d.until().toString());
		body.put("reasons", rules.explain(d.reasons(), locale));
		return body;
	}

	@PostMapping("/assessments")
	@PreAuthorize("hasAuthority('ethics:assessment:record')")
	@Operation(summary = "The school records a semester's ethics assessment of a teacher")
	AssessmentView assess(@RequestBody Forms.AssessmentForm form, DataScope scope) {
		return ethics.assess(scope, form);
	}

	@GetMapping("/assessments")
	@PreAuthorize("hasAuthority('ethics:assessment:record') or hasAuthority('ethics:assessment:review')")
	@Operation(summary = "The assessments of a year in scope, filtered in the query",
			description = "Optional semester (1|2), passed (true|false), reviewed (true: reviewed by the bureau, "
					+ "false: waiting), unitId; page (from 0), size (1–200).")
	PagedModel<AssessmentView> assessments(@RequestParam int year, DataScope scope,
			@RequestParam(required = false) Integer semester, @RequestParam(required = false) Boolean passed,
			@RequestParam(required = false) Boolean reviewed, @RequestParam(required = false) Long unitId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(ethics.assessments(scope, year, semester, passed, reviewed, unitId, page, size));
	}

	@PostMapping("/assessments/{id}/review")
	@PreAuthorize("hasAuthority('ethics:assessment:review')")
	@Operation(summary = "The bureau reviews an assessment")
	AssessmentView review(@PathVariable long id, DataScope scope) {
		return ethics.review(scope, id);
	}

	@GetMapping("/cases")
	@PreAuthorize("hasAuthority('ethics:case:read')")
	@Operation(summary = "Cases in scope, latest first (sensitive: the ethics officer only)",
			description = "page (from 0), size (1–200).")
	PagedModel<CaseView> cases(DataScope scope, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(ethics.cases(scope, page, size));
	}

	@PostMapping("/cases")
	@PreAuthorize("hasAuthority('ethics:case:manage')")
	@Operation(summary = "Record a complaint or report")
	CaseView report(@RequestBody Forms.CaseForm form, DataScope scope) {
		return ethics.report(scope, form);
	}

	@GetMapping("/cases/{id}")
	@PreAuthorize("hasAuthority('ethics:case:read')")
	@Operation(summary = "One case (its read is audited)")
	CaseView caseView(@PathVariable long id, DataScope scope) {
		return ethics.caseView(scope, id);
	}

	@GetMapping("/cases/{id}/history")
	@PreAuthorize("hasAuthority('ethics:case:read')")
	@Operation(summary = "A case's steps")
	List<Views.StepView> history(@PathVariable long id, DataScope scope) {
		return ethics.history(scope, id);
	}

	@PostMapping("/cases/{id}/investigation")
	@PreAuthorize("hasAuthority('ethics:case:manage')")
	@Operation(summary = "Open the investigation: assigned officer and deadline")
	CaseView investigate(@PathVariable long id, @RequestBody Forms.InvestigateForm form, DataScope scope) {
		return ethics.investigate(scope, id, form);
	}

	@PostMapping("/cases/{id}/decision")
	@PreAuthorize("hasAuthority('ethics:case:manage')")
	@Operation(summary = "Decide: no violation, handling or a sanction (written to the personnel file)")
	CaseView decide(@PathVariable long id, @RequestBody Forms.DecideForm form, DataScope scope) {
		return ethics.decide(scope, id, form);
	}

	@PostMapping("/cases/{id}/notice")
	@PreAuthorize("hasAuthority('ethics:case:manage')")
	@Operation(summary = "Record the notice to the teacher")
	CaseView notice(@PathVariable long id, @RequestBody Forms.DayForm form, DataScope scope) {
		return ethics.notifyTeacher(scope, id, form);
	}

	@PostMapping("/cases/{id}/appeal")
	@PreAuthorize("hasAuthority('ethics:case:manage')")
	@Operation(summary = "Record the teacher's appeal")
	CaseView appeal(@PathVariable long id, @RequestBody Forms.DayForm form, DataScope scope) {
		return ethics.appeal(scope, id, form);
	}

	@PostMapping("/cases/{id}/close")
	@PreAuthorize("hasAuthority('ethics:case:manage')")
	@Operation(summary = "Close the case (with the appeal's result, if any)")
	CaseView close(@PathVariable long id, @RequestBody Forms.DayForm form, DataScope scope) {
		return ethics.close(scope, id, form);
	}

}
