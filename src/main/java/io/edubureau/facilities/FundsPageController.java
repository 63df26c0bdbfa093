package io.edubureau.facilities;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection;
import io.edubureau.sheet.ImportPage;
import io.edubureau.sheet.SheetImportPages;
import io.edubureau.sheet.SheetManagement;
import jakarta.servlet.http.HttpServletResponse;

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
 * The page of the public operating funds per pupil (生均公用经费). Money is entered in yuan.
 */
@Controller
class FundsPageController {

	static final int PAGE_SIZE = 50;

	private final OperatingFunds funds;

	private final FacilitiesManagement facilities;

	private final FundsImport fundsImport;

	private final SheetImportPages importPages;

	FundsPageController(OperatingFunds funds, FacilitiesManagement facilities, FundsImport fundsImport,
			SheetManagement sheets) {
		this.funds = funds;
		this.facilities = facilities;
		this.fundsImport = fundsImport;
		this.importPages = sheets.importPages(FundsImport.LAYOUT, new ImportPage("/facilities/funds/import",
				"facilities.fundImport", "/facilities/funds", "facilities.nav.funds"), "facilities-fund-payments");
	}

	// ---- import of payments

	@GetMapping("/facilities/funds/import")
	@PreAuthorize("hasAuthority('facilities:project:manage')")
	String importForm(Model model, Locale locale) {
		return importPages.form(model, locale);
	}

	@PostMapping("/facilities/funds/import")
	@PreAuthorize("hasAuthority('facilities:project:manage')")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		return importPages.upload(file, fundsImport.forScope(scope), dryRun);
	}

	/** The job's page, or only its status fragment when htmx polls. */
	@GetMapping("/facilities/funds/import/jobs/{id}")
	@PreAuthorize("hasAuthority('facilities:project:manage')")
	String job(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			Locale locale) {
		return importPages.job(id, htmx != null, model, locale);
	}

	@GetMapping("/facilities/funds/import/jobs/{id}/report")
	@PreAuthorize("hasAuthority('facilities:project:manage')")
	void report(@PathVariable String id, HttpServletResponse response) throws java.io.IOException {
		importPages.report(id, response);
	}

	@GetMapping("/facilities/funds/import/template")
	@PreAuthorize("hasAuthority('facilities:project:manage')")
	void template(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws java.io.IOException {
		importPages.template(format, lang, locale, response);
	}

	@GetMapping("/facilities/funds")
	@PreAuthorize("hasAuthority('facilities:record:read')")
	String allocations(DataScope scope, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, Model model) {
		int y = year == null ? LocalDate.now().getYear() : year;
		var rows = funds.allocationPage(scope, y,
				io.edubureau.platform.Paging.request(page, PAGE_SIZE, BuildingRegister.MAX_PAGE_SIZE), true);
		model.addAttribute("year", y);
		model.addAttribute("schoolYear", OperatingFunds.schoolYearOf(y));
		model.addAttribute("allocations", rows);
		var standards = funds.standards(y);
		model.addAttribute("primaryFen", standards.get(io.edubureau.org.Stage.PRIMARY));
		model.addAttribute("juniorFen", standards.get(io.edubureau.org.Stage.JUNIOR));
		OperatingFunds.Totals totals = funds.totals(scope, y);
		model.addAttribute("allocatedFen", totals.allocatedFen());
		model.addAttribute("disbursedFen", totals.disbursedFen());
		model.addAttribute("units", facilities.recordUnits(scope));
		model.addAttribute("today", LocalDate.now());
		return "facilities/funds";
	}

	@PostMapping("/facilities/funds/disbursements")
	@PreAuthorize("hasAuthority('facilities:project:manage')")
	String disburse(DataScope scope, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Integer year = null;
		try {
			year = form.get("year") == null || form.get("year").isBlank() ? null
					: Integer.valueOf(form.get("year").strip());
			LocalDate paidOn = form.get("paidOn") == null || form.get("paidOn").isBlank() ? null
					: LocalDate.parse(form.get("paidOn").strip());
			funds.disburse(scope, new OperatingFunds.DisbursementForm(unitId(form.get("unitId")), year, paidOn,
					FacilitiesPageController.fen("amountFen", form.get("amount")), form.get("note")));
			redirect.addFlashAttribute("notice", "facilities.saved");
		}
		catch (NumberFormatException | java.time.format.DateTimeParseException ex) {
			redirect.addFlashAttribute("problems",
					java.util.List.of(new Rejection.Problem(null, "facilities.required")));
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		if (year != null) {
			redirect.addAttribute("year", year);
		}
		return "redirect:/facilities/funds";
	}

	private static Long unitId(String text) {
		try {
			return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new Rejection("unitId", "facilities.required");
		}
	}

	// Fen shown as yuan on the page.
	@org.springframework.web.bind.annotation.ModelAttribute("yuan")
	java.util.function.Function<Long, String> yuan() {
		return fen -> fen == null ? "" : String.format("%,.2f", java.math.BigDecimal.valueOf(fen, 2));
	}

}
