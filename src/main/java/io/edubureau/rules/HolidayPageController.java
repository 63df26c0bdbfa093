package io.edubureau.rules;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import io.edubureau.platform.Rejection;
import io.edubureau.sheet.ImportPage;
import io.edubureau.sheet.SheetImportPages;
import io.edubureau.sheet.SheetManagement;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The holiday calendar page, and its import on the shared sheet import flow. */
@Controller
class HolidayPageController {

	private final RulesManagement rules;

	private final HolidayImport holidayImport;

	private final SheetImportPages importPages;

	HolidayPageController(RulesManagement rules, SheetManagement sheets, HolidayImport holidayImport) {
		this.rules = rules;
		this.holidayImport = holidayImport;
		this.importPages = sheets.importPages(HolidaySheet.LAYOUT, new ImportPage("/rules/holidays/import",
				"rules.holidayImport", "/rules/holidays", "rules.holiday.title"), "holidays");
	}

	@GetMapping("/rules/holidays")
	@PreAuthorize("hasAuthority('rules:calculator:use')")
	String year(@RequestParam(required = false) String year, Model model) {
		int y = LocalDate.now().getYear();
		if (year != null && year.strip().matches("\\d{4}")) {
			y = Integer.parseInt(year.strip());
		}
		else if (year != null && !year.isBlank()) {
			model.addAttribute("yearProblem", true);
		}
		HolidayYear calendar;
		try {
			calendar = rules.holidayYear(y);
		}
		catch (Rejection ex) {
			model.addAttribute("yearProblem", true);
			calendar = rules.holidayYear(LocalDate.now().getYear());
		}
		model.addAttribute("calendar", calendar);
		model.addAttribute("importedOn", calendar.importedAt() == null ? null
				: LocalDate.ofInstant(calendar.importedAt(), ZoneId.systemDefault()));
		return "rules/holidays";
	}

	@GetMapping("/rules/holidays/import")
	@PreAuthorize("hasAuthority('rules:parameter:update')")
	String form(Model model, Locale locale) {
		return importPages.form(model, locale);
	}

	@PostMapping("/rules/holidays/import")
	@PreAuthorize("hasAuthority('rules:parameter:update')")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun) {
		return importPages.upload(file, holidayImport, dryRun);
	}

	/** The job's page, or only its status fragment when htmx polls. */
	@GetMapping("/rules/holidays/import/jobs/{id}")
	@PreAuthorize("hasAuthority('rules:parameter:update')")
	String job(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			Locale locale) {
		return importPages.job(id, htmx != null, model, locale);
	}

	@GetMapping("/rules/holidays/import/jobs/{id}/report")
	@PreAuthorize("hasAuthority('rules:parameter:update')")
	void report(@PathVariable String id, HttpServletResponse response) throws IOException {
		importPages.report(id, response);
	}

	@GetMapping("/rules/holidays/import/template")
	@PreAuthorize("hasAuthority('rules:parameter:update')")
	void template(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws IOException {
		importPages.template(format, lang, locale, response);
	}

}
