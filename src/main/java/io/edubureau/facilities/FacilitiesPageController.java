package io.edubureau.facilities;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection;
import io.edubureau.rules.Reason;
import io.edubureau.sheet.ImportPage;
import io.edubureau.sheet.SheetImportPages;
import io.edubureau.sheet.SheetManagement;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
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

/**
 * The facilities pages: projects, one project, the inventory check. Money is entered in
 * yuan.
 */
@Controller
class FacilitiesPageController {

	private final FacilitiesManagement facilities;

	private final MessageSource messages;

	private final FacilitiesImport facilitiesImport;

	private final SheetImportPages importPages;

	FacilitiesPageController(FacilitiesManagement facilities, MessageSource messages, FacilitiesImport facilitiesImport,
			SheetManagement sheets) {
		this.facilities = facilities;
		this.messages = messages;
		this.facilitiesImport = facilitiesImport;
		this.importPages = sheets.importPages(FacilitiesSheet.LAYOUT, new ImportPage("/facilities/import",
				"facilities.import", "/facilities/inventories", "facilities.nav.inventories"),
				"facilities-inventories");
	}

	// ---- import of inventories

	@GetMapping("/facilities/import")
	@PreAuthorize("hasAuthority('facilities:inventory:manage')")
	String importForm(Model model, Locale locale) {
		return importPages.form(model, locale);
	}

	@PostMapping("/facilities/import")
	@PreAuthorize("hasAuthority('facilities:inventory:manage')")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		return importPages.upload(file, facilitiesImport.forScope(scope), dryRun);
	}

	/** The job's page, or only its status fragment when htmx polls. */
	@GetMapping("/facilities/import/jobs/{id}")
	@PreAuthorize("hasAuthority('facilities:inventory:manage')")
	String job(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			Locale locale) {
		return importPages.job(id, htmx != null, model, locale);
	}

	@GetMapping("/facilities/import/jobs/{id}/report")
	@PreAuthorize("hasAuthority('facilities:inventory:manage')")
	void report(@PathVariable String id, HttpServletResponse response) throws java.io.IOException {
		importPages.report(id, response);
	}

	@GetMapping("/facilities/import/template")
	@PreAuthorize("hasAuthority('facilities:inventory:manage')")
	void template(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws java.io.IOException {
		importPages.template(format, lang, locale, response);
	}

	@GetMapping("/facilities")
	@PreAuthorize("hasAuthority('facilities:record:read')")
	String index(DataScope scope, @RequestParam(required = false) ProjectStatus status, Model model) {
		model.addAttribute("projects", facilities.projects(scope, status));
		model.addAttribute("status", status);
		model.addAttribute("statuses", ProjectStatus.values());
		model.addAttribute("kinds", ProjectKind.values());
		model.addAttribute("units", facilities.recordUnits(scope));
		model.addAttribute("today", LocalDate.now());
		return "facilities/index";
	}

	@PostMapping("/facilities/projects")
	@PreAuthorize("hasAuthority('facilities:project:manage')")
	String create(DataScope scope, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		try {
			ProjectDetail saved = facilities.createProject(scope,
					new ProjectForm(number(form.get("unitId")), form.get("name"), kind(form.get("kind")),
							integer("floorArea", form.get("floorArea")), fen("budgetCentralFen", form.get("central")),
							fen("budgetProvincialFen", form.get("provincial")),
							fen("budgetCountyFen", form.get("county")), fen("budgetOtherFen", form.get("other")),
							date("approvedOn", form.get("approvedOn")),
							date("plannedCompletion", form.get("plannedCompletion"))));
			redirect.addFlashAttribute("notice", "facilities.saved");
			return "redirect:/facilities/projects/" + saved.project().id();
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
			return "redirect:/facilities";
		}
	}

	@GetMapping("/facilities/projects/{id}")
	@PreAuthorize("hasAuthority('facilities:record:read')")
	String project(DataScope scope, @PathVariable long id, Model model) {
		model.addAttribute("detail", facilities.project(scope, id));
		model.addAttribute("today", LocalDate.now());
		return "facilities/project";
	}

	@PostMapping("/facilities/projects/{id}/stage")
	@PreAuthorize("hasAuthority('facilities:project:manage')")
	String stage(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return act(id, redirect,
				() -> facilities.advance(scope, id,
						new ProjectActions.Stage(status(form.get("to")), date("on", form.get("on")),
								form.get("contractor"), fen("finalAccountFen", form.get("finalAccount")),
								form.get("note"))));
	}

	@PostMapping("/facilities/projects/{id}/payments")
	@PreAuthorize("hasAuthority('facilities:project:manage')")
	String pay(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return act(id, redirect,
				() -> facilities.pay(scope, id, new ProjectActions.Payment(date("paidOn", form.get("paidOn")),
						fen("amountFen", form.get("amount")), form.get("note"))));
	}

	@PostMapping("/facilities/projects/{id}/budget-changes")
	@PreAuthorize("hasAuthority('facilities:project:approve')")
	String raiseBudget(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return act(id, redirect,
				() -> facilities.raiseBudget(scope, id,
						new ProjectActions.BudgetChange(fen("amountFen", form.get("amount")), form.get("approvedBy"),
								date("approvedOn", form.get("approvedOn")), form.get("note"))));
	}

	@PostMapping("/facilities/projects/{id}/progress")
	@PreAuthorize("hasAuthority('facilities:project:manage')")
	String progress(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> facilities.progress(scope, id, new ProjectActions.Progress(
				integer("percent", form.get("percent")), date("on", form.get("on")), form.get("note"))));
	}

	private static String act(long id, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", "facilities.saved");
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/facilities/projects/" + id;
	}

	@GetMapping("/facilities/inventories")
	@PreAuthorize("hasAuthority('facilities:record:read')")
	String inventories(DataScope scope, @RequestParam(required = false) Integer year, Model model, Locale locale) {
		int y = year == null ? LocalDate.now().getYear() : year;
		InventoryOverview overview = facilities.inventories(scope, y);
		Map<Long, List<String>> reasons = new HashMap<>();
		for (InventoryCheck c : overview.schools()) {
			reasons.put(c.unitId(), c.reasons().stream().map(r -> word(r, locale)).toList());
		}
		model.addAttribute("overview", overview);
		model.addAttribute("reasons", reasons);
		model.addAttribute("year", y);
		model.addAttribute("units", facilities.recordUnits(scope));
		return "facilities/inventories";
	}

	@PostMapping("/facilities/inventories")
	@PreAuthorize("hasAuthority('facilities:inventory:manage')")
	String recordInventory(DataScope scope, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Integer year = null;
		try {
			year = integer("year", form.get("year"));
			facilities.recordInventory(scope,
					new InventoryForm(number(form.get("unitId")), year, integer("pupils", form.get("pupils")),
							integer("computers", form.get("computers")), integer("books", form.get("books")),
							fen("equipmentValueFen", form.get("equipmentValue"))));
			redirect.addFlashAttribute("notice", "facilities.saved");
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		if (year != null) {
			redirect.addAttribute("year", year);
		}
		return "redirect:/facilities/inventories";
	}

	private String word(Reason r, Locale locale) {
		return messages.getMessage(r.messageKey(), r.args().toArray(), r.messageKey(), locale);
	}

	// ---- form values: a malformed one is a problem of its field, never a 500

	private static Long number(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new Rejection("unitId", "facilities.required");
		}
	}

	private static Integer integer(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new Rejection(field, "facilities.count.invalid", text.strip(), Integer.MAX_VALUE);
		}
	}

	/** Yuan as typed (at most two decimals) in fen. */
	static Long fen(String field, String yuan) {
		if (yuan == null || yuan.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(yuan.strip().replace(",", "")).movePointRight(2).longValueExact();
		}
		catch (ArithmeticException | NumberFormatException ex) {
			throw new Rejection(field, "facilities.money.invalid");
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
			throw new Rejection(field, "facilities.date.range", text.strip(), FacilitiesManagement.EARLIEST,
					LocalDate.now());
		}
	}

	private static ProjectKind kind(String text) {
		try {
			return text == null || text.isBlank() ? null : ProjectKind.valueOf(text);
		}
		catch (IllegalArgumentException ex) {
			throw new Rejection("kind", "facilities.required");
		}
	}

	private static ProjectStatus status(String text) {
		try {
			return text == null || text.isBlank() ? null : ProjectStatus.valueOf(text);
		}
		catch (IllegalArgumentException ex) {
			throw new Rejection("to", "facilities.required");
		}
	}

	// Fen shown as yuan on the pages: templates call a Function, not a package-private
	// class.
	@org.springframework.web.bind.annotation.ModelAttribute("yuan")
	java.util.function.Function<Long, String> yuan() {
		return fen -> fen == null ? "" : String.format("%,.2f", BigDecimal.valueOf(fen, 2));
	}

}
