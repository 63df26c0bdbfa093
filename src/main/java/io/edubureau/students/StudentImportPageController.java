package io.edubureau.students;

import java.io.IOException;
import java.util.Locale;

import io.edubureau.org.DataScope;
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

/** The student import page (upload, dry run, templates, progress, error report). */
@Controller
class StudentImportPageController {

	private final StudentImport studentImport;

	private final SheetImportPages importPages;

	StudentImportPageController(StudentImport studentImport, SheetManagement sheets) {
		this.studentImport = studentImport;
		this.importPages = sheets.importPages(StudentImport.LAYOUT,
				new ImportPage("/students/import", "students.import", "/students", "students.title"), "students");
	}

	@GetMapping("/students/import")
	@PreAuthorize("hasAuthority('students:record:manage')")
	String importForm(Model model, Locale locale) {
		return importPages.form(model, locale);
	}

	@PostMapping("/students/import")
	@PreAuthorize("hasAuthority('students:record:manage')")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		return importPages.upload(file, studentImport.forScope(scope), dryRun);
	}

	/** The job's page, or only its status fragment when htmx polls. */
	@GetMapping("/students/import/jobs/{id}")
	@PreAuthorize("hasAuthority('students:record:manage')")
	String job(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			Locale locale) {
		return importPages.job(id, htmx != null, model, locale);
	}

	@GetMapping("/students/import/jobs/{id}/report")
	@PreAuthorize("hasAuthority('students:record:manage')")
	void report(@PathVariable String id, HttpServletResponse response) throws IOException {
		importPages.report(id, response);
	}

	@GetMapping("/students/import/template")
	@PreAuthorize("hasAuthority('students:record:manage')")
	void template(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws IOException {
		importPages.template(format, lang, locale, response);
	}

}
