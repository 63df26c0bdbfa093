package io.edubureau.training;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import io.edubureau.org.DataScope;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.rules.RulesManagement;
import io.edubureau.sheet.ImportPage;
import io.edubureau.sheet.SheetImportPages;
import io.edubureau.sheet.SheetManagement;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Continuing-education pages: programmes and their records, the review queue, ledgers,
 * the completion rate by unit, the year's plan and the results import.
 */
@Controller
@RequestMapping("/training")
class TrainingPageController {

	private final TrainingManagement training;

	private final RulesManagement rules;

	private final TrainingImport trainingImport;

	private final SheetImportPages importPages;

	TrainingPageController(TrainingManagement training, RulesManagement rules, SheetManagement sheets,
			TrainingImport trainingImport) {
		this.training = training;
		this.rules = rules;
		this.trainingImport = trainingImport;
		this.importPages = sheets.importPages(TrainingSheet.LAYOUT,
				new ImportPage("/training/import", "training.import", "/training", "training.title"), "training");
	}

	@GetMapping
	@PreAuthorize("hasAuthority('training:programme:read')")
	String index(DataScope scope, @RequestParam(required = false) Integer year, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("programmes", training.programmes(scope, year));
		model.addAttribute("levels", TrainingLevel.values());
		model.addAttribute("categories", TrainingCategory.values());
		return "training/index";
	}

	@PostMapping("/programmes")
	@PreAuthorize("hasAuthority('training:programme:manage')")
	String create(DataScope scope, @ModelAttribute ProgrammeForm form, RedirectAttributes redirect) {
		try {
			ProgrammeView created = training.createProgramme(scope, form);
			return "redirect:/training/programmes/" + created.id();
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
			redirect.addFlashAttribute("form", form);
			return "redirect:/training";
		}
	}

	@GetMapping("/programmes/{id}")
	@PreAuthorize("hasAuthority('training:programme:read')")
	String programme(DataScope scope, @PathVariable long id, Model model) {
		model.addAttribute("programme", training.programme(scope, id));
		model.addAttribute("records", training.enrolments(scope, id));
		model.addAttribute("today", LocalDate.now());
		return "training/programme";
	}

	@PostMapping("/programmes/{id}/enrolments")
	@PreAuthorize("hasAuthority('training:programme:manage')")
	String enrol(DataScope scope, @PathVariable long id, @RequestParam(required = false) Long staffId,
			RedirectAttributes redirect) {
		try {
			training.enrol(scope, id, staffId);
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/training/programmes/" + id;
	}

	@PostMapping("/records/{id}/completion")
	@PreAuthorize("hasAuthority('training:programme:manage')")
	String complete(DataScope scope, @PathVariable long id, @ModelAttribute CompletionForm form,
			RedirectAttributes redirect) {
		TrainingRecordView r = training.record(scope, id);
		try {
			training.complete(scope, id, form);
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/training/programmes/" + r.programmeId();
	}

	@PostMapping("/records/{id}/certificate")
	@PreAuthorize("hasAuthority('training:programme:manage')")
	String upload(DataScope scope, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		TrainingRecordView r = training.record(scope, id);
		try {
			training.uploadCertificate(scope, id, file == null ? null : file.getOriginalFilename(),
					file == null ? null : file.getBytes());
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/training/programmes/" + r.programmeId();
	}

	@GetMapping("/records/{id}/certificate")
	@PreAuthorize("hasAnyAuthority('training:programme:read', 'training:self:read')")
	ResponseEntity<byte[]> certificate(DataScope scope, @PathVariable long id) {
		return TrainingApiController.download(training.certificate(scope, id));
	}

	@GetMapping("/reviews")
	@PreAuthorize("hasAuthority('training:record:credit')")
	String reviews(DataScope scope, Model model) {
		model.addAttribute("records", training.reviewQueue(scope));
		return "training/reviews";
	}

	@PostMapping("/records/{id}/review")
	@PreAuthorize("hasAuthority('training:record:credit')")
	String review(DataScope scope, @PathVariable long id, @RequestParam(required = false) Boolean accept,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		try {
			training.review(scope, id, new ReviewForm(accept, comment));
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/training/reviews";
	}

	@GetMapping("/me")
	@PreAuthorize("hasAuthority('training:self:read')")
	String mine(DataScope scope) {
		if (scope.staffId() == null) {
			throw new NotFound("no staff record linked to this account");
		}
		return "redirect:/training/ledger/" + scope.staffId();
	}

	@GetMapping("/ledger/{staffId}")
	@PreAuthorize("hasAnyAuthority('training:programme:read', 'training:self:read')")
	String ledger(DataScope scope, @PathVariable long staffId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Model model,
			Locale locale) {
		CycleLedger ledger = training.ledger(scope, staffId, on == null ? LocalDate.now() : on);
		training.recordLedgerRead(ledger);
		model.addAttribute("ledger", ledger);
		model.addAttribute("reasons", rules.explain(ledger.reasons(), locale));
		model.addAttribute("levels", TrainingLevel.values());
		return "training/ledger";
	}

	@GetMapping("/completion")
	@PreAuthorize("hasAuthority('training:programme:read')")
	String completion(DataScope scope,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Model model) {
		model.addAttribute("completion", training.completion(scope, on == null ? LocalDate.now() : on));
		return "training/completion";
	}

	@GetMapping("/plan")
	@PreAuthorize("hasAuthority('training:programme:read')")
	String plan(DataScope scope, @RequestParam(required = false) Integer year, Model model) {
		int y = year == null ? LocalDate.now().getYear() : year;
		if (y < 2000 || y > 2100) {
			throw new NotFound("year " + y);
		}
		model.addAttribute("plan", training.plan(scope, y));
		model.addAttribute("levels", TrainingLevel.values());
		return "training/plan";
	}

	@PostMapping("/plan")
	@PreAuthorize("hasAuthority('training:programme:manage')")
	String addPlanLine(DataScope scope, @RequestParam int year, @ModelAttribute PlanLineForm form,
			RedirectAttributes redirect) {
		try {
			training.addPlanLine(scope, year, form);
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/training/plan?year=" + year;
	}

	@PostMapping("/plan/{id}/archive")
	@PreAuthorize("hasAuthority('training:programme:manage')")
	String archivePlanLine(DataScope scope, @PathVariable long id, @RequestParam(required = false) Integer year) {
		training.archivePlanLine(scope, id);
		return "redirect:/training/plan" + (year == null ? "" : "?year=" + year);
	}

	// ---- import

	@GetMapping("/import")
	@PreAuthorize("hasAuthority('training:record:import')")
	String importForm(Model model, Locale locale) {
		return importPages.form(model, locale);
	}

	@PostMapping("/import")
	@PreAuthorize("hasAuthority('training:record:import')")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		return importPages.upload(file, trainingImport.forScope(scope), dryRun);
	}

	/** The job's page, or only its status fragment when htmx polls. */
	@GetMapping("/import/jobs/{id}")
	@PreAuthorize("hasAuthority('training:record:import')")
	String job(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			Locale locale) {
		return importPages.job(id, htmx != null, model, locale);
	}

	@GetMapping("/import/jobs/{id}/report")
	@PreAuthorize("hasAuthority('training:record:import')")
	void report(@PathVariable String id, HttpServletResponse response) throws IOException {
		importPages.report(id, response);
	}

	@GetMapping("/import/template")
	@PreAuthorize("hasAuthority('training:record:import')")
	void template(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws IOException {
		importPages.template(format, lang, locale, response);
	}

}
