package io.edubureau.safety;

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

/** Campus safety through the API. */
@RestController
@RequestMapping("/api/v1/safety")
@Tag(name = "Safety", description = "Campus safety (校园安全): inspections, hazards, drills, letters, incidents")
class SafetyApiController {

	private final SafetyManagement safety;

	private final RulesManagement rules;

	private final SheetManagement sheets;

	private final SafetyImport safetyImport;

	SafetyApiController(SafetyManagement safety, RulesManagement rules, SheetManagement sheets,
			SafetyImport safetyImport) {
		this.safety = safety;
		this.rules = rules;
		this.sheets = sheets;
		this.safetyImport = safetyImport;
	}

	/** How many inspections were imported, or the errors per row. */

	@PostMapping(path = "/inspections/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('safety:record:manage')")
	@Operation(summary = "Import inspection results from .xlsx or .csv (one row per checklist item); all or nothing")
	ResponseEntity<ImportAnswer> importResults(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		ImportResult result = sheets.importNow(file, safetyImport.forScope(scope), dryRun);
		return ResponseEntity.status(result.httpStatus()).body(ImportAnswer.of(result));
	}

	@GetMapping("/inspections/import/template")
	@PreAuthorize("hasAuthority('safety:record:manage')")
	@Operation(summary = "The import template with one example row, headings in the user's language")
	void template(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws IOException {
		sheets.downloadTemplate(response, SafetySheet.LAYOUT, "safety-inspections", format, lang, locale);
	}

	@GetMapping("/checklists")
	@PreAuthorize("hasAuthority('safety:record:read')")
	@Operation(summary = "The checklist template (item codes) of every inspection kind")
	Map<InspectionKind, List<String>> checklists() {
		return safety.checklists();
	}

	@GetMapping("/inspections")
	@PreAuthorize("hasAuthority('safety:record:read')")
	@Operation(summary = "Inspections in scope held in a year (this year by default), the latest first",
			description = "page (from 0), size (1–200).")
	PagedModel<InspectionView> inspections(DataScope scope, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(safety.inspections(scope, year(year), page, size));
	}

	@PostMapping("/inspections")
	@PreAuthorize("hasAuthority('safety:record:manage')")
	@Operation(summary = "Record an inspection with one result per checklist item",
			description = "Body: unitId (a school or teaching point in scope), kind (FIRE, BUILDING, FOOD, TRAFFIC, "
					+ "WATER, CAMPUS_SECURITY), inspectedOn, inspector, note, results [{itemCode, passed, note}] "
					+ "covering every item of the kind's checklist (a failed item needs a note).")
	InspectionView recordInspection(DataScope scope, @RequestBody(required = false) InspectionForm form) {
		return safety.recordInspection(scope, form);
	}

	@GetMapping("/inspections/{id}")
	@PreAuthorize("hasAuthority('safety:record:read')")
	@Operation(summary = "An inspection with its results")
	InspectionView inspection(DataScope scope, @PathVariable long id) {
		return safety.inspection(scope, id);
	}

	@GetMapping("/inspections/{id}/hazards")
	@PreAuthorize("hasAuthority('safety:record:read')")
	@Operation(summary = "The hazards an inspection found")
	List<HazardView> inspectionHazards(DataScope scope, @PathVariable long id) {
		return safety.hazardsOf(scope, id);
	}

	@PostMapping("/inspections/{id}/hazards")
	@PreAuthorize("hasAuthority('safety:record:manage')")
	@Operation(summary = "Record a hazard the inspection found",
			description = "Body: itemCode (optional, of the inspection's checklist), level (GENERAL 一般, SERIOUS 较大, "
					+ "MAJOR 重大), description, responsiblePerson, deadline (optional: on or after the inspection day; "
					+ "without it the rectification period safety.hazardRectificationDays counted from the inspection "
					+ "day, a last day on a rest day moved to the next working day; the hazard's detail gives the "
					+ "reasons).")
	HazardView recordHazard(DataScope scope, @PathVariable long id, @RequestBody(required = false) HazardForm form) {
		return safety.recordHazard(scope, id, form);
	}

	@GetMapping("/hazards")
	@PreAuthorize("hasAuthority('safety:record:read')")
	@Operation(summary = "Hazards in scope, the nearest deadline first",
			description = "status: FOUND, RECTIFIED, REOPENED, CLOSED; overdue=true: only those past their deadline "
					+ "(today after the deadline) and not closed; page (from 0), size (1–200).")
	PagedModel<HazardView> hazards(DataScope scope, @RequestParam(required = false) HazardStatus status,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(safety.hazards(scope, status, overdue, page, size));
	}

	@GetMapping("/hazards/{id}")
	@PreAuthorize("hasAuthority('safety:record:read')")
	@Operation(summary = "A hazard with its history of transitions and its rectifications")
	HazardDetail hazard(DataScope scope, @PathVariable long id) {
		return safety.hazard(scope, id);
	}

	@PostMapping(path = "/hazards/{id}/rectification", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('safety:record:manage')")
	@Operation(summary = "Record the rectification of a found or reopened hazard with its evidence",
			description = "Parts: note, rectifiedOn (YYYY-MM-DD), file (PDF, JPEG or PNG by content, up to 10 MB). "
					+ "The hazard becomes RECTIFIED and waits for the re-check.")
	HazardDetail rectify(DataScope scope, @PathVariable long id, @RequestParam(required = false) String note,
			@RequestParam(required = false) String rectifiedOn, @RequestPart(required = false) MultipartFile file)
			throws IOException {
		return safety.rectify(scope, id, note, date("rectifiedOn", rectifiedOn),
				file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
	}

	@PostMapping("/hazards/{id}/recheck")
	@PreAuthorize("hasAuthority('safety:hazard:verify')")
	@Operation(summary = "Re-check a rectified hazard: passed closes it, failed reopens it (a note is required)")
	HazardDetail recheck(DataScope scope, @PathVariable long id, @RequestBody(required = false) RecheckForm form) {
		return safety.recheck(scope, id, form);
	}

	@GetMapping("/hazards/{id}/rectifications/{rectificationId}/evidence")
	@PreAuthorize("hasAuthority('safety:record:read')")
	@Operation(summary = "Download the evidence of a rectification")
	ResponseEntity<byte[]> evidence(DataScope scope, @PathVariable long id, @PathVariable long rectificationId) {
		return download(safety.evidence(scope, id, rectificationId));
	}

	@GetMapping("/drills")
	@PreAuthorize("hasAuthority('safety:record:read')")
	@Operation(summary = "Drills in scope held in a year, the latest first",
			description = "page (from 0), size (1–200).")
	PagedModel<DrillView> drills(DataScope scope, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(safety.drills(scope, year(year), page, size));
	}

	@PostMapping("/drills")
	@PreAuthorize("hasAuthority('safety:record:manage')")
	@Operation(summary = "Record a drill",
			description = "Body: unitId, kind (EVACUATION, FIRE, EARTHQUAKE, FLOOD, ANTI_TERROR, OTHER), heldOn, "
					+ "participants (1 to 100000), note.")
	DrillView recordDrill(DataScope scope, @RequestBody(required = false) DrillForm form) {
		return safety.recordDrill(scope, form);
	}

	/** One school of the compliance list with its reasons worded. */
	record ComplianceRow(long unitId, String unitName, boolean kindergarten, int intervalMonths,
			List<DrillPeriod> periods, boolean compliant, List<String> reasons) {
	}

	/** The compliance list as the API answers it. */
	record ComplianceAnswer(LocalDate from, LocalDate to, int schools, int compliant, java.math.BigDecimal percent,
			List<ComplianceRow> rows) {
	}

	@GetMapping("/drills/compliance")
	@PreAuthorize("hasAuthority('safety:record:read')")
	@Operation(summary = "The evacuation-drill compliance list of a year, with the reasons (rule and source)",
			description = "Primary and secondary schools at least one evacuation drill a month, kindergartens one a "
					+ "quarter (教基一厅〔2014〕2号; local parameters safety.drillIntervalMonths and "
					+ "safety.kindergartenDrillIntervalMonths). Only periods ended by today count.")
	ComplianceAnswer compliance(DataScope scope, @RequestParam(required = false) Integer year, Locale locale) {
		DrillCompliance c = safety.drillCompliance(scope, year(year), LocalDate.now());
		return new ComplianceAnswer(c.from(), c.to(), c.schools().size(), c.compliant(), c.percent(),
				c.schools()
					.stream()
					.map(s -> new ComplianceRow(s.unitId(), s.unitName(), s.kindergarten(), s.intervalMonths(),
							s.periods(), s.compliant(), rules.explain(s.reasons(), locale)))
					.toList());
	}

	@GetMapping("/letters")
	@PreAuthorize("hasAuthority('safety:record:read')")
	@Operation(summary = "The responsibility letters of a year and the schools missing a signed one")
	LetterOverview letters(DataScope scope, @RequestParam(required = false) Integer year) {
		return safety.letters(scope, year(year));
	}

	/** The year to issue letters for, and the day (today when omitted). */
	record IssueRequest(Integer year, LocalDate issuedOn) {
	}

	@PostMapping("/letters")
	@PreAuthorize("hasAuthority('safety:letter:issue')")
	@Operation(summary = "Issue the year's letter to every active school in scope that has none yet",
			description = "Body: year, issuedOn (optional). Answers how many were issued.")
	Map<String, Integer> issue(DataScope scope, @RequestBody(required = false) IssueRequest request) {
		if (request == null || request.year() == null) {
			throw new Rejection("year", "safety.required");
		}
		return Map.of("issued", safety.issueLetters(scope, year(request.year()), request.issuedOn()));
	}

	@PostMapping(path = "/letters/{id}/signed", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('safety:record:manage')")
	@Operation(summary = "Record a letter as signed with the signed scan",
			description = "Parts: signedOn (YYYY-MM-DD), signatory, file (PDF, JPEG or PNG by content).")
	LetterView sign(DataScope scope, @PathVariable long id, @RequestParam(required = false) String signedOn,
			@RequestParam(required = false) String signatory, @RequestPart(required = false) MultipartFile file)
			throws IOException {
		return safety.signLetter(scope, id, date("signedOn", signedOn), signatory,
				file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
	}

	@GetMapping("/letters/{id}/file")
	@PreAuthorize("hasAuthority('safety:record:read')")
	@Operation(summary = "Download the signed letter")
	ResponseEntity<byte[]> letterFile(DataScope scope, @PathVariable long id) {
		return download(safety.letterFile(scope, id));
	}

	@GetMapping("/incidents")
	@PreAuthorize("hasAuthority('safety:record:read')")
	@Operation(
			summary = "Incidents in scope that occurred in a year, each flagged late when reported after "
					+ "the deadline (local parameter safety.incidentReportDays, default 1 day)",
			description = "page (from 0), size (1–200).")
	PagedModel<IncidentView> incidents(DataScope scope, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(safety.incidents(scope, year(year), page, size));
	}

	@PostMapping("/incidents")
	@PreAuthorize("hasAuthority('safety:incident:manage')")
	@Operation(summary = "Report an incident",
			description = "Body: unitId, kind (TRAFFIC, DROWNING, FALL, FIRE, FOOD_POISONING, VIOLENCE, OTHER), "
					+ "occurredOn, reportedOn (today when omitted), injuries, description, handling.")
	IncidentView report(DataScope scope, @RequestBody(required = false) IncidentForm form) {
		return safety.reportIncident(scope, form);
	}

	@PostMapping("/incidents/{id}/close")
	@PreAuthorize("hasAuthority('safety:incident:manage')")
	@Operation(summary = "Close an incident with its handling")
	IncidentView close(DataScope scope, @PathVariable long id, @RequestBody(required = false) IncidentCloseForm form) {
		return safety.closeIncident(scope, id, form);
	}

	static int year(Integer year) {
		if (year == null) {
			return LocalDate.now().getYear();
		}
		if (year < 2000 || year > 2100) {
			throw Rejection.malformed("year", "safety.year", year);
		}
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
			throw new Rejection(field, "safety.date.malformed", value.strip());
		}
	}

	static ResponseEntity<byte[]> download(SafetyScan file) {
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
