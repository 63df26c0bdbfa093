package io.edubureau.supervision;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection;
import io.edubureau.rules.RulesManagement;
import io.edubureau.sheet.ImportPage;
import io.edubureau.sheet.SheetImportPages;
import io.edubureau.sheet.SheetManagement;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The supervision pages. */
@Controller
class SupervisionPageController {

	private final SupervisionManagement supervision;

	private final RulesManagement rules;

	private final SupervisionImport visitImport;

	private final SupervisionExport export;

	private final SheetImportPages importPages;

	SupervisionPageController(SupervisionManagement supervision, RulesManagement rules, SupervisionImport visitImport,
			SupervisionExport export, SheetManagement sheets) {
		this.supervision = supervision;
		this.rules = rules;
		this.visitImport = visitImport;
		this.export = export;
		this.importPages = sheets.importPages(SupervisionSheet.LAYOUT,
				new ImportPage("/supervision/import", "supervision.import", "/supervision", "supervision.title"),
				"supervision-visits");
	}

	// ---- import of visits

	@GetMapping("/supervision/import")
	@PreAuthorize("hasAuthority('supervision:visit:record')")
	String importForm(Model model, Locale locale) {
		return importPages.form(model, locale);
	}

	@PostMapping("/supervision/import")
	@PreAuthorize("hasAuthority('supervision:visit:record')")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		return importPages.upload(file, visitImport.forScope(scope), dryRun);
	}

	/** The job's page, or only its status fragment when htmx polls. */
	@GetMapping("/supervision/import/jobs/{id}")
	@PreAuthorize("hasAuthority('supervision:visit:record')")
	String job(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			Locale locale) {
		return importPages.job(id, htmx != null, model, locale);
	}

	@GetMapping("/supervision/import/jobs/{id}/report")
	@PreAuthorize("hasAuthority('supervision:visit:record')")
	void report(@PathVariable String id, HttpServletResponse response) throws IOException {
		importPages.report(id, response);
	}

	@GetMapping("/supervision/import/template")
	@PreAuthorize("hasAuthority('supervision:visit:record')")
	void template(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws IOException {
		importPages.template(format, lang, locale, response);
	}

	// ---- visits

	@GetMapping("/supervision")
	@PreAuthorize("hasAuthority('supervision:record:read')")
	String index(DataScope scope, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) SupervisionProgramme programme, Model model) {
		int y = SupervisionApiController.year(year);
		model.addAttribute("year", y);
		model.addAttribute("visits", supervision.visits(scope, y, programme));
		model.addAttribute("programmes", SupervisionProgramme.values());
		model.addAttribute("programme", programme);
		model.addAttribute("schools", supervision.schools(scope));
		model.addAttribute("maxScore", SupervisionProgramme.MAX_SCORE);
		model.addAttribute("today", LocalDate.now());
		return "supervision/index";
	}

	@PostMapping("/supervision/visits")
	@PreAuthorize("hasAuthority('supervision:visit:record')")
	String recordVisit(DataScope scope, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		SupervisionProgramme programme = null;
		try {
			programme = form.get("programme") == null || form.get("programme").isBlank() ? null
					: SupervisionProgramme.valueOf(form.get("programme"));
			List<ScoreEntry> scores = new ArrayList<>();
			if (programme != null) {
				for (String indicator : programme.indicators()) {
					scores.add(new ScoreEntry(indicator, number("score." + indicator, form.get("score." + indicator)),
							form.get("note." + indicator)));
				}
			}
			VisitView saved = supervision.recordVisit(scope,
					new VisitForm(id(form.get("unitId")), programme,
							SupervisionApiController.date("visitedOn", form.get("visitedOn")), form.get("supervisors"),
							form.get("summary"), scores));
			redirect.addFlashAttribute("notice", "supervision.saved");
			return "redirect:/supervision/visits/" + saved.id();
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problems", List.of(new Rejection.Problem("programme", "supervision.required")));
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		if (programme != null) {
			redirect.addAttribute("programme", programme.name());
		}
		return "redirect:/supervision";
	}

	@GetMapping("/supervision/visits/{id}")
	@PreAuthorize("hasAuthority('supervision:record:read')")
	String visit(DataScope scope, @PathVariable long id, Model model) {
		VisitView visit = supervision.visit(scope, id);
		model.addAttribute("visit", visit);
		model.addAttribute("items", supervision.itemsOf(scope, id));
		return "supervision/visit";
	}

	@PostMapping("/supervision/visits/{id}/items")
	@PreAuthorize("hasAuthority('supervision:visit:record')")
	String recordItem(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		try {
			supervision.recordItem(scope, id, new ItemForm(form.get("indicator"), form.get("finding"),
					form.get("responsiblePerson"), SupervisionApiController.date("deadline", form.get("deadline"))));
			redirect.addFlashAttribute("notice", "supervision.saved");
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/supervision/visits/" + id;
	}

	// ---- rectification items

	@GetMapping("/supervision/items")
	@PreAuthorize("hasAuthority('supervision:record:read')")
	String items(DataScope scope, @RequestParam(required = false) RectificationStatus status,
			@RequestParam(defaultValue = "false") boolean overdue, Model model) {
		model.addAttribute("items", supervision.items(scope, status, overdue));
		model.addAttribute("status", status);
		model.addAttribute("overdue", overdue);
		model.addAttribute("statuses", RectificationStatus.values());
		return "supervision/items";
	}

	@GetMapping("/supervision/items/{id}")
	@PreAuthorize("hasAuthority('supervision:record:read')")
	String item(DataScope scope, @PathVariable long id, Model model, Locale locale) {
		ItemDetail detail = supervision.item(scope, id);
		model.addAttribute("detail", detail);
		model.addAttribute("deadlineReasons", rules.explain(detail.deadlineReasons(), locale));
		model.addAttribute("loopReasons", rules.explain(detail.loopReasons(), locale));
		model.addAttribute("today", LocalDate.now());
		return "supervision/item";
	}

	@PostMapping("/supervision/items/{id}/rectification")
	@PreAuthorize("hasAuthority('supervision:item:rectify')")
	String rectify(DataScope scope, @PathVariable long id, @RequestParam(required = false) String note,
			@RequestParam(required = false) String rectifiedOn, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try {
			supervision.rectify(scope, id, note, SupervisionApiController.date("rectifiedOn", rectifiedOn),
					file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
			redirect.addFlashAttribute("notice", "supervision.saved");
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/supervision/items/" + id;
	}

	@PostMapping("/supervision/items/{id}/recheck")
	@PreAuthorize("hasAuthority('supervision:item:verify')")
	String recheck(DataScope scope, @PathVariable long id, @RequestParam(required = false) String result,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		try {
			Boolean passed = result == null || result.isBlank() ? null : "passed".equals(result);
			supervision.recheck(scope, id, new RecheckForm(passed, note));
			redirect.addFlashAttribute("notice", "supervision.saved");
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/supervision/items/" + id;
	}

	@GetMapping("/supervision/items/{id}/evidence/{evidenceId}")
	@PreAuthorize("hasAuthority('supervision:record:read')")
	ResponseEntity<byte[]> evidence(DataScope scope, @PathVariable long id, @PathVariable long evidenceId) {
		return SupervisionApiController.download(supervision.evidence(scope, id, evidenceId));
	}

	// ---- the report per school

	@GetMapping("/supervision/schools/{unitId}")
	@PreAuthorize("hasAuthority('supervision:record:read')")
	String school(DataScope scope, @PathVariable long unitId, @RequestParam(required = false) Integer year,
			Model model) {
		int y = SupervisionApiController.year(year);
		model.addAttribute("year", y);
		model.addAttribute("report", supervision.report(scope, unitId, y));
		return "supervision/school";
	}

	@GetMapping("/supervision/schools/{unitId}/export")
	@PreAuthorize("hasAuthority('supervision:record:read')")
	void exportReport(DataScope scope, @PathVariable long unitId, @RequestParam(required = false) Integer year,
			Locale locale, HttpServletResponse response) throws IOException {
		export.write(scope, unitId, SupervisionApiController.year(year), locale, response);
	}

	private static Long id(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new Rejection("unitId", "supervision.required");
		}
	}

	private static Integer number(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new Rejection(field, "supervision.number", value.strip());
		}
	}

}
