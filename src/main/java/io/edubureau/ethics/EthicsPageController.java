package io.edubureau.ethics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.platform.FlashRedirect;
import io.edubureau.platform.Rejection;
import io.edubureau.rules.RulesManagement;
import io.edubureau.staff.StaffFilter;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffStatus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ethics officer's pages: the cases in scope, one case with its steps and history,
 * and the teacher's one-vote veto with its reasons.
 */
@Controller
class EthicsPageController {

	private final EthicsManagement ethics;

	private final RulesManagement rules;

	private final StaffManagement staff;

	private final EthicsAssessmentImport assessmentImport;

	private final io.edubureau.sheet.SheetImportPages importPages;

	EthicsPageController(EthicsManagement ethics, RulesManagement rules, StaffManagement staff,
			EthicsAssessmentImport assessmentImport, io.edubureau.sheet.SheetManagement sheets) {
		this.ethics = ethics;
		this.rules = rules;
		this.staff = staff;
		this.assessmentImport = assessmentImport;
		this.importPages = sheets.importPages(EthicsAssessmentImport.LAYOUT,
				new io.edubureau.sheet.ImportPage("/ethics/assessments/import", "ethics.import", "/ethics/assessments",
						"ethics.assessments.title"),
				"ethics-assessments");
	}

	// ---- the assessments import

	@GetMapping("/ethics/assessments/import")
	@PreAuthorize("hasAuthority('ethics:assessment:record')")
	String importForm(Model model, java.util.Locale locale) {
		return importPages.form(model, locale);
	}

	@PostMapping("/ethics/assessments/import")
	@PreAuthorize("hasAuthority('ethics:assessment:record')")
	String importUpload(
			@RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		return importPages.upload(file, assessmentImport.forScope(scope), dryRun);
	}

	/** The job's page, or only its status fragment when htmx polls. */
	@GetMapping("/ethics/assessments/import/jobs/{id}")
	@PreAuthorize("hasAuthority('ethics:assessment:record')")
	String importJob(@PathVariable String id,
			@org.springframework.web.bind.annotation.RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model, java.util.Locale locale) {
		return importPages.job(id, htmx != null, model, locale);
	}

	@GetMapping("/ethics/assessments/import/jobs/{id}/report")
	@PreAuthorize("hasAuthority('ethics:assessment:record')")
	void importReport(@PathVariable String id, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		importPages.report(id, response);
	}

	@GetMapping("/ethics/assessments/import/template")
	@PreAuthorize("hasAuthority('ethics:assessment:record')")
	void importTemplate(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			java.util.Locale locale, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		importPages.template(format, lang, locale, response);
	}

	// ---- semester assessments: the school records, the bureau reviews

	/** The most teachers offered in the school's picker. */
	private static final int MAX_TEACHERS = 500;

	@GetMapping("/ethics/assessments")
	@PreAuthorize("hasAuthority('ethics:assessment:record') or hasAuthority('ethics:assessment:review')")
	String assessments(DataScope scope, @RequestParam(required = false) String year,
			@RequestParam(required = false) String semester, @RequestParam(required = false) String result,
			@RequestParam(required = false) String review, @RequestParam(defaultValue = "0") String page, Model model) {
		int thisYear = LocalDate.now().getYear();
		int y = number(year, 2000, 2100, thisYear);
		Integer s = semester == null || semester.isBlank() ? null : number(semester, 1, 2, null);
		Boolean passed = "PASSED".equals(result) ? Boolean.TRUE : "FAILED".equals(result) ? Boolean.FALSE : null;
		Boolean reviewed = "REVIEWED".equals(review) ? Boolean.TRUE : "PENDING".equals(review) ? Boolean.FALSE : null;
		Page<Views.AssessmentView> found = ethics.assessments(scope, y, s, passed, reviewed, null,
				number(page, 0, Integer.MAX_VALUE, 0), 50);
		model.addAttribute("assessments", found);
		model.addAttribute("people",
				staff.visible(scope, found.getContent().stream().map(Views.AssessmentView::staffId).toList()));
		model.addAttribute("year", y);
		model.addAttribute("semester", s);
		model.addAttribute("result", passed == null ? "" : passed ? "PASSED" : "FAILED");
		model.addAttribute("review", reviewed == null ? "" : reviewed ? "REVIEWED" : "PENDING");
		model.addAttribute("thisYear", thisYear);
		model
			.addAttribute("teachers",
					staff
						.search(scope,
								new StaffFilter(null, null, null, null, null, null, null, StaffStatus.ACTIVE, null,
										null),
								PageRequest.of(0, MAX_TEACHERS, Sort.by("name")))
						.getContent());
		return "ethics/assessments";
	}

	@PostMapping("/ethics/assessments")
	@PreAuthorize("hasAuthority('ethics:assessment:record')")
	String assess(DataScope scope, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		String back = "/ethics/assessments?year=" + number(form.get("year"), 2000, 2100, LocalDate.now().getYear());
		return FlashRedirect.after(redirect, "ethics.saved", back,
				() -> ethics.assess(scope,
						new Forms.AssessmentForm(id("staffId", form.get("staffId")),
								number(form.get("year"), Integer.MIN_VALUE, Integer.MAX_VALUE, null),
								number(form.get("semester"), Integer.MIN_VALUE, Integer.MAX_VALUE, null),
								"PASSED".equals(form.get("result")) ? Boolean.TRUE
										: "FAILED".equals(form.get("result")) ? Boolean.FALSE : null,
								blankToNull(form.get("notes")))));
	}

	@PostMapping("/ethics/assessments/{id}/review")
	@PreAuthorize("hasAuthority('ethics:assessment:review')")
	String reviewAssessment(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		String back = "/ethics/assessments?year=" + number(form.get("year"), 2000, 2100, LocalDate.now().getYear())
				+ "&review=PENDING";
		return FlashRedirect.after(redirect, "ethics.saved", back, () -> ethics.review(scope, id));
	}

	// A whole number within the bounds, or the fallback when absent or malformed.
	private static Integer number(String text, int min, int max, Integer fallback) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			int n = Integer.parseInt(text.strip());
			return n < min || n > max ? fallback : n;
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

	@GetMapping("/ethics")
	@PreAuthorize("hasAuthority('ethics:case:read')")
	String cases(DataScope scope, Model model) {
		model.addAttribute("cases", ethics.cases(scope));
		model.addAttribute("sources", CaseSource.values());
		model.addAttribute("today", LocalDate.now());
		return "ethics/index";
	}

	@PostMapping("/ethics/cases")
	@PreAuthorize("hasAuthority('ethics:case:manage')")
	String report(DataScope scope, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return FlashRedirect.toResult(redirect, "ethics.saved",
				() -> ethics.report(scope,
						new Forms.CaseForm(id("staffId", form.get("staffId")),
								value(CaseSource.class, "source", form.get("source")),
								date("receivedOn", form.get("receivedOn")), form.get("summary"))),
				c -> "/ethics/cases/" + c.id(), "/ethics");
	}

	@GetMapping("/ethics/cases/{id}")
	@PreAuthorize("hasAuthority('ethics:case:read')")
	String theCase(DataScope scope, @PathVariable long id, Model model, Locale locale) {
		Views.CaseView c = ethics.caseView(scope, id);
		VetoDecision veto = ethics.veto(scope, c.staffId(), LocalDate.now(), VetoPurpose.AWARD);
		model.addAttribute("c", c);
		model.addAttribute("history", ethics.history(scope, id));
		model.addAttribute("veto", veto);
		model.addAttribute("vetoReasons", rules.explain(veto.reasons(), locale));
		model.addAttribute("outcomes", CaseOutcome.values());
		model.addAttribute("today", LocalDate.now());
		return "ethics/case";
	}

	@PostMapping("/ethics/cases/{id}/investigation")
	@PreAuthorize("hasAuthority('ethics:case:manage')")
	String investigate(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return FlashRedirect.after(redirect, "ethics.saved", "/ethics/cases/" + id, () -> ethics.investigate(scope, id,
				new Forms.InvestigateForm(form.get("officer"), date("deadline", form.get("deadline")))));
	}

	@PostMapping("/ethics/cases/{id}/decision")
	@PreAuthorize("hasAuthority('ethics:case:manage')")
	String decide(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return FlashRedirect.after(redirect, "ethics.saved", "/ethics/cases/" + id, () -> ethics.decide(scope, id,
				new Forms.DecideForm(form.get("findings"), value(CaseOutcome.class, "outcome", form.get("outcome")),
						date("decidedOn", form.get("decidedOn")), form.get("decidedBy"),
						blankToNull(form.get("documentNumber")))));
	}

	@PostMapping("/ethics/cases/{id}/notice")
	@PreAuthorize("hasAuthority('ethics:case:manage')")
	String notice(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return FlashRedirect.after(redirect, "ethics.saved", "/ethics/cases/" + id, () -> ethics.notifyTeacher(scope,
				id, new Forms.DayForm(date("on", form.get("on")), blankToNull(form.get("text")))));
	}

	@PostMapping("/ethics/cases/{id}/appeal")
	@PreAuthorize("hasAuthority('ethics:case:manage')")
	String appeal(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return FlashRedirect.after(redirect, "ethics.saved", "/ethics/cases/" + id, () -> ethics.appeal(scope, id,
				new Forms.DayForm(date("on", form.get("on")), blankToNull(form.get("text")))));
	}

	@PostMapping("/ethics/cases/{id}/close")
	@PreAuthorize("hasAuthority('ethics:case:manage')")
	String close(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return FlashRedirect.after(redirect, "ethics.saved", "/ethics/cases/" + id, () -> ethics.close(scope, id,
				new Forms.DayForm(date("on", form.get("on")), blankToNull(form.get("text")))));
	}

	// ---- form values: a malformed one is a problem of its field, never a 500

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static Long id(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new Rejection(field, "ethics.number", text.strip());
		}
	}

	private static LocalDate date(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Rejection(field, "ethics.date", text.strip());
		}
	}

	private static <E extends Enum<E>> E value(Class<E> type, String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new Rejection(field, "ethics.text.required");
		}
	}

}
