package io.edubureau.personnelfile;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import io.edubureau.org.DataScope;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The annual appraisal import page, on the shared sheet import flow. */
@Controller
@RequestMapping("/staff/appraisals/import")
class AppraisalImportPageController {

	private final AppraisalImport appraisalImport;

	private final SheetImportPages importPages;

	AppraisalImportPageController(SheetManagement sheets, AppraisalImport appraisalImport) {
		this.appraisalImport = appraisalImport;
		this.importPages = sheets.importPages(AppraisalSheet.LAYOUT,
				new ImportPage("/staff/appraisals/import", "staff.appraisalImport", "/staff", "staff.title"),
				"appraisals");
	}

	@GetMapping
	@PreAuthorize("hasAuthority('staff:appraisal:import')")
	String form(Model model, Locale locale) {
		return importPages.form(model, locale);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('staff:appraisal:import')")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		return importPages.upload(file, appraisalImport.forScope(scope), dryRun);
	}

	/** The job's page, or only its status fragment when htmx polls. */
	@GetMapping("/jobs/{id}")
	@PreAuthorize("hasAuthority('staff:appraisal:import')")
	String job(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			Locale locale) {
		return importPages.job(id, htmx != null, model, locale);
	}

	@GetMapping("/jobs/{id}/report")
	@PreAuthorize("hasAuthority('staff:appraisal:import')")
	void report(@PathVariable String id, HttpServletResponse response) throws IOException {
		importPages.report(id, response);
	}

	@GetMapping("/template")
	@PreAuthorize("hasAuthority('staff:appraisal:import')")
	void template(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws IOException {
		importPages.template(format, lang, locale, response);
	}

}
