package io.edubureau.exams;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import io.edubureau.sheet.ImportAnswer;
import io.edubureau.org.DataScope;
import io.edubureau.sheet.ImportResult;
import io.edubureau.sheet.SheetManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Exam results, cut-off lines and statistics through the API. */
@RestController
@RequestMapping("/api/v1/exams")
@Tag(name = "Exams", description = "Exam results (高考, 中考), cut-off lines (上线) and statistics")
class ExamsApiController {

	private final ExamsManagement exams;

	private final SheetManagement sheets;

	private final ExamsImport examsImport;

	ExamsApiController(ExamsManagement exams, SheetManagement sheets, ExamsImport examsImport) {
		this.exams = exams;
		this.sheets = sheets;
		this.examsImport = examsImport;
	}

	/** Whether the caller may see candidates' identity numbers (minors). */
	static boolean reveals() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null
				&& auth.getAuthorities().stream().anyMatch(a -> "students:sensitive:read".equals(a.getAuthority()));
	}

	@GetMapping("/{exam}/{year}/statistics")
	@PreAuthorize("hasAuthority('exams:result:read')")
	@Operation(summary = "Takers, average, highest score and counts above each line, per school and in all",
			description = "exam: GAOKAO or ZHONGKAO; unit: a unit of the scope (its subtree); on: the day whose lines "
					+ "are in force (default today). A total equal to the line is above it.")
	Statistics statistics(DataScope scope, @PathVariable Exam exam, @PathVariable int year,
			@RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			Locale locale) {
		return exams.statistics(scope, exam, year, unit, on, locale);
	}

	@GetMapping("/{exam}/{year}/results")
	@PreAuthorize("hasAuthority('exams:result:read')")
	@Operation(summary = "One page of results, highest total first (identity numbers masked unless the caller "
			+ "holds students:sensitive:read); audited", description = "unit, page (from 0), size (1–200).")
	PagedModel<ResultView> results(DataScope scope, @PathVariable Exam exam, @PathVariable int year,
			@RequestParam(required = false) Long unit, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(exams.results(scope, exam, year, unit, page, size, reveals()));
	}

	@GetMapping("/results/{id}")
	@PreAuthorize("hasAuthority('exams:result:read')")
	@Operation(summary = "A result with the decision and reasons for every batch's line on the day; audited")
	ResultDetail result(DataScope scope, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			Locale locale) {
		return exams.result(scope, id, on, reveals(), locale);
	}

	@GetMapping("/{exam}/{year}/lines")
	@PreAuthorize("hasAuthority('exams:result:read')")
	@Operation(summary = "The cut-off lines of an exam and year as published, revisions included")
	List<LineView> lines(@PathVariable Exam exam, @PathVariable int year) {
		return exams.lines(exam, year);
	}

	@PostMapping("/lines")
	@PreAuthorize("hasAuthority('exams:result:manage')")
	@Operation(summary = "Record a published cut-off line (a revision is a new line; the latest published wins)",
			description = "Body: batch (KEY_UNDERGRADUATE, UNDERGRADUATE, SPECIALIST, KEY_HIGH_SCHOOL, HIGH_SCHOOL), "
					+ "year, score, publishedOn (in that year, not in the future), source (the document).")
	LineView recordLine(@RequestBody(required = false) LineForm form) {
		return exams.recordLine(form);
	}

	/** How many results were imported, or the errors per row. */

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('exams:result:manage')")
	@Operation(summary = "Import results from .xlsx or .csv (one row per candidate); all or nothing")
	ResponseEntity<ImportAnswer> importResults(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		ImportResult result = sheets.importNow(file, examsImport.forScope(scope), dryRun);
		return ResponseEntity.status(result.httpStatus()).body(ImportAnswer.of(result));
	}

	@GetMapping("/import/template")
	@PreAuthorize("hasAuthority('exams:result:manage')")
	@Operation(summary = "The import template with one example row and drop-downs, headings in the user's language")
	void template(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws IOException {
		sheets.downloadTemplate(response, ExamsSheet.LAYOUT, "exam-results", format, lang, locale);
	}

}
