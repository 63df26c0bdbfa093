package io.edubureau.students;

import java.io.IOException;
import java.util.Locale;

import io.edubureau.sheet.ImportAnswer;
import io.edubureau.org.DataScope;
import io.edubureau.sheet.ImportResult;
import io.edubureau.sheet.SheetManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The student import from the national student register's export, through the API. */
@RestController
@Tag(name = "Students")
class StudentImportApiController {

	private final StudentImport studentImport;

	private final SheetManagement sheets;

	StudentImportApiController(StudentImport studentImport, SheetManagement sheets) {
		this.studentImport = studentImport;
		this.sheets = sheets;
	}

	/** The import's answer: rows written (0 on errors) and every refused cell. */

	@PostMapping(path = "/api/v1/students/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('students:record:manage')")
	@Operation(summary = "Import students from the national student register's export (.xlsx or .csv, its column "
			+ "names); identity numbers checked, a missing one a flagged temporary number; all or nothing with "
			+ "per-row errors; the schools' enrolment then set from the register")
	ResponseEntity<ImportAnswer> importStudents(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		ImportResult result = sheets.importNow(file, studentImport.forScope(scope), dryRun);
		return ResponseEntity.status(result.httpStatus()).body(ImportAnswer.of(result));
	}

	@GetMapping("/api/v1/students/import/template")
	@PreAuthorize("hasAuthority('students:record:manage')")
	@Operation(summary = "The student import template (the export's Chinese column names) with one example row")
	void template(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws IOException {
		sheets.downloadTemplate(response, StudentImport.LAYOUT, "students", format, lang, locale);
	}

}
