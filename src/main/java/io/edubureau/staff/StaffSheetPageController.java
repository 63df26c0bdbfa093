package io.edubureau.staff;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Stage;
import io.edubureau.org.UnitView;
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
 * The staff import page (upload, background progress, result, error report), the export
 * of the staff list, and the per-school export in the teacher MIS layout.
 */
@Controller
@RequestMapping("/staff")
class StaffSheetPageController {

	private final SheetManagement sheets;

	private final StaffImport staffImport;

	private final StaffExport staffExport;

	private final OrgManagement org;

	private final SheetImportPages importPages;

	StaffSheetPageController(SheetManagement sheets, StaffImport staffImport, StaffExport staffExport,
			OrgManagement org) {
		this.sheets = sheets;
		this.staffImport = staffImport;
		this.staffExport = staffExport;
		this.org = org;
		this.importPages = sheets.importPages(StaffSheet.LAYOUT,
				new ImportPage("/staff/import", "staff.import", "/staff", "staff.title"), "staff");
	}

	@GetMapping("/import")
	@PreAuthorize("hasAuthority('staff:person:import')")
	String form(Model model, Locale locale) {
		return importPages.form(model, locale);
	}

	@PostMapping("/import")
	@PreAuthorize("hasAuthority('staff:person:import')")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		return importPages.upload(file, staffImport.forScope(scope), dryRun);
	}

	/** The job's page, or only its status fragment when htmx polls. */
	@GetMapping("/import/jobs/{id}")
	@PreAuthorize("hasAuthority('staff:person:import')")
	String job(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			Locale locale) {
		return importPages.job(id, htmx != null, model, locale);
	}

	@GetMapping("/import/jobs/{id}/report")
	@PreAuthorize("hasAuthority('staff:person:import')")
	void report(@PathVariable String id, HttpServletResponse response) throws IOException {
		importPages.report(id, response);
	}

	@GetMapping("/import/template")
	@PreAuthorize("hasAuthority('staff:person:import')")
	void template(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws IOException {
		importPages.template(format, lang, locale, response);
	}

	/**
	 * The staff list with its filters, as people read it: headers and labels in their
	 * language.
	 */
	@GetMapping("/export")
	@PreAuthorize("hasAuthority('staff:person:export')")
	void export(DataScope scope, @RequestParam(required = false) String format,
			@RequestParam(required = false) String name, @RequestParam(required = false) String idNumber,
			@RequestParam(required = false) String unit, @RequestParam(required = false) Stage stage,
			@RequestParam(required = false) String subject, @RequestParam(required = false) TitleLevel title,
			@RequestParam(required = false) EmploymentType employmentType,
			@RequestParam(required = false) StaffStatus status, @RequestParam(required = false) Integer ageFrom,
			@RequestParam(required = false) Integer ageTo, Locale locale, HttpServletResponse response)
			throws IOException {
		SheetFormat f = SheetFormat.parse(format).orElseThrow(() -> new NotFound("format " + format));
		StaffFilter filter = StaffApiController.filter(scope, org, name, idNumber, unit, stage, subject, title,
				employmentType, status, ageFrom, ageTo);
		staffExport.write(sheets.download(response, f, "staff"), scope, filter, f, locale,
				StaffApiController.revealsSensitive());
	}

	/** One school's active staff in the national teacher MIS basic-information layout. */
	@GetMapping("/export/mis")
	@PreAuthorize("hasAuthority('staff:person:export')")
	void exportMis(DataScope scope, @RequestParam String unit, @RequestParam(required = false) String format,
			HttpServletResponse response) throws IOException {
		SheetFormat f = SheetFormat.parse(format).orElseThrow(() -> new NotFound("format " + format));
		UnitView school = staffExport.misUnit(scope, unit);
		staffExport.writeMis(sheets.download(response, f, "staff-mis-" + school.code()), scope, school, f,
				StaffApiController.revealsSensitive());
	}

}
