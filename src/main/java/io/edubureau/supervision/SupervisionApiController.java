package io.edubureau.supervision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.sheet.ImportAnswer;
import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection;
import io.edubureau.rules.RulesManagement;
import io.edubureau.sheet.ImportResult;
import io.edubureau.sheet.SheetManagement;
import jakarta.servlet.http.HttpServletResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.web.PagedModel;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Supervision through the API. */
@RestController
@RequestMapping("/api/v1/supervision")
@Tag(name = "Supervision",
		description = "Supervision (督导): visits with indicator scores, rectification items, " + "the report per school")
class SupervisionApiController {

	private final SupervisionManagement supervision;

	private final RulesManagement rules;

	private final SheetManagement sheets;

	private final SupervisionImport visitImport;

	private final SupervisionExport export;

	SupervisionApiController(SupervisionManagement supervision, RulesManagement rules, SheetManagement sheets,
			SupervisionImport visitImport, SupervisionExport export) {
		this.supervision = supervision;
		this.rules = rules;
		this.sheets = sheets;
		this.visitImport = visitImport;
		this.export = export;
	}

	/** How many visits were imported, or the errors per row. */

	@PostMapping(path = "/visits/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('supervision:visit:record')")
	@Operation(summary = "Import visits with their scores from .xlsx or .csv (one row per indicator); all or nothing")
	ResponseEntity<ImportAnswer> importVisits(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		ImportResult result = sheets.importNow(file, visitImport.forScope(scope), dryRun);
		return ResponseEntity.status(result.httpStatus()).body(ImportAnswer.of(result));
	}

	@GetMapping("/visits/import/template")
	@PreAuthorize("hasAuthority('supervision:visit:record')")
	@Operation(summary = "The import template with one example row, headings in the user's language")
	void template(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws IOException {
		sheets.downloadTemplate(response, SupervisionSheet.LAYOUT, "supervision-visits", format, lang, locale);
	}

	@GetMapping("/programmes")
	@PreAuthorize("hasAuthority('supervision:record:read')")
	@Operation(summary = "The indicator set template (indicator codes, each scored 0 to 10) of every programme")
	Map<SupervisionProgramme, List<String>> programmes() {
		return supervision.programmes();
	}

	@GetMapping("/visits")
	@PreAuthorize("hasAuthority('supervision:record:read')")
	@Operation(summary = "Visits in scope made in a year (this year by default), the latest first",
			description = "programme: BALANCED_DEVELOPMENT, STANDARD_RUNNING, DOUBLE_REDUCTION (optional); "
					+ "page (from 0), size (1–200).")
	PagedModel<VisitView> visits(DataScope scope, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) SupervisionProgramme programme, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(supervision.visits(scope, year(year), programme, page, size));
	}

	@PostMapping("/visits")
	@PreAuthorize("hasAuthority('supervision:visit:record')")
	@Operation(summary = "Record a visit with one score per indicator of its programme",
			description = "Body: unitId (a school or teaching point in scope), programme (BALANCED_DEVELOPMENT, "
					+ "STANDARD_RUNNING, DOUBLE_REDUCTION), visitedOn, supervisors, summary, "
					+ "scores [{indicator, score (0 to 10), note}] covering every indicator of the programme.")
	VisitView recordVisit(DataScope scope, @RequestBody(required = false) VisitForm form) {
		return supervision.recordVisit(scope, form);
	}

	@GetMapping("/visits/{id}")
	@PreAuthorize("hasAuthority('supervision:record:read')")
	@Operation(summary = "A visit with its scores")
	VisitView visit(DataScope scope, @PathVariable long id) {
		return supervision.visit(scope, id);
	}

	@GetMapping("/visits/{id}/items")
	@PreAuthorize("hasAuthority('supervision:record:read')")
	@Operation(summary = "The rectification items a visit found")
	List<ItemView> visitItems(DataScope scope, @PathVariable long id) {
		return supervision.itemsOf(scope, id);
	}

	@PostMapping("/visits/{id}/items")
	@PreAuthorize("hasAuthority('supervision:visit:record')")
	@Operation(summary = "Record a finding of the visit as a rectification item",
			description = "Body: indicator (optional, of the visit's programme), finding, responsiblePerson, deadline "
					+ "(optional: on or after the visit day and within a year of it; when omitted, the end of the "
					+ "rectification period, local parameter supervision.rectificationDays, default 30 days, counted "
					+ "from the visit day and moved off rest days).")
	ItemView recordItem(DataScope scope, @PathVariable long id, @RequestBody(required = false) ItemForm form) {
		return supervision.recordItem(scope, id, form);
	}

	@GetMapping("/items")
	@PreAuthorize("hasAuthority('supervision:record:read')")
	@Operation(summary = "Rectification items in scope, the nearest deadline first",
			description = "status: OPEN, RECTIFIED, REOPENED, CLOSED; overdue=true: only those past their deadline "
					+ "(today after the deadline) and not closed; page (from 0), size (1–200).")
	PagedModel<ItemView> items(DataScope scope, @RequestParam(required = false) RectificationStatus status,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(supervision.items(scope, status, overdue, page, size));
	}

	/**
	 * An item with its history, evidence, how its deadline was counted and where it
	 * stands in the closed loop, worded.
	 */
	record ItemAnswer(ItemView item, List<StepView> history, List<EvidenceView> evidence, List<String> deadlineReasons,
			List<String> loopReasons) {
	}

	@GetMapping("/items/{id}")
	@PreAuthorize("hasAuthority('supervision:record:read')")
	@Operation(summary = "A rectification item with its history, its rectifications and how its deadline was counted")
	ItemAnswer item(DataScope scope, @PathVariable long id, Locale locale) {
		return answer(supervision.item(scope, id), locale);
	}

	private ItemAnswer answer(ItemDetail d, Locale locale) {
		return new ItemAnswer(d.item(), d.history(), d.evidence(), rules.explain(d.deadlineReasons(), locale),
				rules.explain(d.loopReasons(), locale));
	}

	@PostMapping(path = "/items/{id}/rectification", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('supervision:item:rectify')")
	@Operation(summary = "Record the rectification of an open or reopened item with its evidence",
			description = "Parts: note, rectifiedOn (YYYY-MM-DD), file (PDF, JPEG or PNG by content, up to 10 MB). "
					+ "The item becomes RECTIFIED and waits for the re-check.")
	ItemAnswer rectify(DataScope scope, @PathVariable long id, @RequestParam(required = false) String note,
			@RequestParam(required = false) String rectifiedOn, @RequestPart(required = false) MultipartFile file,
			Locale locale) throws IOException {
		return answer(
				supervision.rectify(scope, id, note, date("rectifiedOn", rectifiedOn),
						file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes()),
				locale);
	}

	@PostMapping("/items/{id}/recheck")
	@PreAuthorize("hasAuthority('supervision:item:verify')")
	@Operation(summary = "Re-check a rectified item: passed closes it, failed reopens it (a note is required)")
	ItemAnswer recheck(DataScope scope, @PathVariable long id, @RequestBody(required = false) RecheckForm form,
			Locale locale) {
		return answer(supervision.recheck(scope, id, form), locale);
	}

	@GetMapping("/items/{id}/evidence/{evidenceId}")
	@PreAuthorize("hasAuthority('supervision:record:read')")
	@Operation(summary = "Download the evidence of a rectification")
	ResponseEntity<byte[]> evidence(DataScope scope, @PathVariable long id, @PathVariable long evidenceId) {
		return download(supervision.evidence(scope, id, evidenceId));
	}

	@GetMapping("/schools/{unitId}/report")
	@PreAuthorize("hasAuthority('supervision:record:read')")
	@Operation(summary = "The supervision report of a school for a year: visits, scores, rectification items")
	SchoolReport report(DataScope scope, @PathVariable long unitId, @RequestParam(required = false) Integer year) {
		return supervision.report(scope, unitId, year(year));
	}

	@GetMapping("/schools/{unitId}/report/export")
	@PreAuthorize("hasAuthority('supervision:record:read')")
	@Operation(summary = "The supervision report of a school for a year as .xlsx (audited)")
	void exportReport(DataScope scope, @PathVariable long unitId, @RequestParam(required = false) Integer year,
			Locale locale, HttpServletResponse response) throws IOException {
		export.write(scope, unitId, year(year), locale, response);
	}

	static int year(Integer year) {
		if (year == null) {
			return LocalDate.now().getYear();
		}
		SupervisionManagement.checkYear(year);
		return year;
	}

	/** A day as typed (YYYY-MM-DD); {@code null} when blank. */
	static LocalDate date(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Rejection(field, "supervision.date.malformed", value.strip());
		}
	}

	static ResponseEntity<byte[]> download(SupervisionScan file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.content().length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

}
