package io.edubureau.org;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import io.edubureau.platform.NotFound;
import io.edubureau.sheet.ImportPage;
import io.edubureau.sheet.SheetFormat;
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

/**
 * The unit import page (upload, background progress, result, error report) and the export
 * download of the unit list.
 */
@Controller
@RequestMapping("/org/units")
class UnitSheetPageController {

	private final SheetManagement sheets;

	private final UnitImport unitImport;

	private final UnitExport unitExport;

	private final SheetImportPages importPages;

	UnitSheetPageController(SheetManagement sheets, UnitImport unitImport, UnitExport unitExport) {
		this.sheets = sheets;
		this.unitImport = unitImport;
		this.unitExport = unitExport;
		this.importPages = sheets.importPages(UnitSheet.LAYOUT,
				new ImportPage("/org/units/import", "org.import", "/org/units", "nav.org"), "units");
	}

	@GetMapping("/import")
	@PreAuthorize("hasAuthority('org:unit:import')")
	String form(Model model, Locale locale) {
		return importPages.form(model, locale);
	}

	@PostMapping("/import")
	@PreAuthorize("hasAuthority('org:unit:import')")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		return importPages.upload(file, unitImport.forScope(scope), dryRun);
	}

	/** The job's page, or only its status fragment when htmx polls. */
	@GetMapping("/import/jobs/{id}")
	@PreAuthorize("hasAuthority('org:unit:import')")
	String job(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			Locale locale) {
		return importPages.job(id, htmx != null, model, locale);
	}

	@GetMapping("/import/jobs/{id}/report")
	@PreAuthorize("hasAuthority('org:unit:import')")
	void report(@PathVariable String id, HttpServletResponse response) throws IOException {
		importPages.report(id, response);
	}

	@GetMapping("/import/template")
	@PreAuthorize("hasAuthority('org:unit:import')")
	void template(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws IOException {
		importPages.template(format, lang, locale, response);
	}

	/**
	 * The unit list with its filters, as people read it: headers and labels in their
	 * language.
	 */
	@GetMapping("/export")
	@PreAuthorize("hasAuthority('org:unit:export')")
	void export(@RequestParam(required = false) String format, @RequestParam(required = false) String q,
			@RequestParam(required = false) UnitType type, @RequestParam(required = false) Stage stage,
			@RequestParam(required = false) Locality locality, @RequestParam(required = false) Ownership ownership,
			@RequestParam(required = false) UnitStatus status, DataScope scope, Locale locale,
			HttpServletResponse response) throws IOException {
		SheetFormat f = SheetFormat.parse(format).orElseThrow(() -> new NotFound("format " + format));
		List<UnitView> rows = unitExport.select(scope,
				new UnitFilter(q, type, stage, locality, ownership, status, null), f);
		unitExport.write(sheets.download(response, f, "units"), rows, f, locale);
	}

}
