package io.edubureau.training;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.sheet.ImportAnswer;
import io.edubureau.org.DataScope;
import io.edubureau.rules.Reason;
import io.edubureau.rules.RulesManagement;
import io.edubureau.sheet.ImportResult;
import io.edubureau.sheet.SheetManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.data.web.PagedModel;
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

/**
 * Continuing education for outside tools: programmes, records, review, ledgers, plan,
 * import.
 */
@RestController
@RequestMapping("/api/v1/training")
@Tag(name = "Training", description = "Continuing education (policy rules §4)")
class TrainingApiController {

	private final TrainingManagement training;

	private final RulesManagement rules;

	private final SheetManagement sheets;

	private final TrainingImport trainingImport;

	TrainingApiController(TrainingManagement training, RulesManagement rules, SheetManagement sheets,
			TrainingImport trainingImport) {
		this.training = training;
		this.rules = rules;
		this.sheets = sheets;
		this.trainingImport = trainingImport;
	}

	@GetMapping("/programmes")
	@PreAuthorize("hasAuthority('training:programme:read')")
	@Operation(summary = "Programmes organised in or above the caller's scope, optionally of one year")
	List<ProgrammeView> programmes(DataScope scope, @RequestParam(required = false) Integer year) {
		return training.programmes(scope, year);
	}

	@PostMapping("/programmes")
	@PreAuthorize("hasAuthority('training:programme:manage')")
	@Operation(summary = "Create a programme (schools: school-based programmes of their own unit)")
	ResponseEntity<ProgrammeView> create(DataScope scope, @RequestBody(required = false) ProgrammeForm form) {
		ProgrammeView created = training.createProgramme(scope, form);
		return ResponseEntity.created(URI.create("/api/v1/training/programmes/" + created.id())).body(created);
	}

	@GetMapping("/programmes/{id}")
	@PreAuthorize("hasAuthority('training:programme:read')")
	@Operation(summary = "One programme")
	ProgrammeView programme(DataScope scope, @PathVariable long id) {
		return training.programme(scope, id);
	}

	@GetMapping("/programmes/{id}/enrolments")
	@PreAuthorize("hasAuthority('training:programme:read')")
	@Operation(summary = "The programme's records of people in the caller's scope, by name",
			description = "page (from 0), size (1–200).")
	PagedModel<TrainingRecordView> enrolments(DataScope scope, @PathVariable long id,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(training.enrolments(scope, id, page, size));
	}

	@PostMapping("/programmes/{id}/enrolments")
	@PreAuthorize("hasAuthority('training:programme:manage')")
	@Operation(summary = "Enrol a person (capacity enforced, once per programme)")
	ResponseEntity<TrainingRecordView> enrol(DataScope scope, @PathVariable long id,
			@RequestBody(required = false) EnrolmentRequest request) {
		TrainingRecordView created = training.enrol(scope, id, request == null ? null : request.staffId());
		return ResponseEntity.created(URI.create("/api/v1/training/records/" + created.id())).body(created);
	}

	@GetMapping("/records/{id}")
	@PreAuthorize("hasAnyAuthority('training:programme:read', 'training:self:read')")
	@Operation(summary = "A training record with its history")
	Map<String, Object> record(DataScope scope, @PathVariable long id) {
		return Map.of("record", training.record(scope, id), "history", training.history(scope, id));
	}

	@PostMapping("/records/{id}/completion")
	@PreAuthorize("hasAuthority('training:programme:manage')")
	@Operation(summary = "Record completion: hours (0 to the programme's), date, certificate number")
	TrainingRecordView complete(DataScope scope, @PathVariable long id,
			@RequestBody(required = false) CompletionForm form) {
		return training.complete(scope, id, form);
	}

	@PostMapping(path = "/records/{id}/certificate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('training:programme:manage')")
	@Operation(summary = "Upload the certificate (PDF, JPEG or PNG by content, up to 5 MB)")
	TrainingRecordView upload(DataScope scope, @PathVariable long id, @RequestPart(required = false) MultipartFile file)
			throws IOException {
		return training.uploadCertificate(scope, id, file == null ? null : file.getOriginalFilename(),
				file == null ? null : file.getBytes());
	}

	@GetMapping("/records/{id}/certificate")
	@PreAuthorize("hasAnyAuthority('training:programme:read', 'training:self:read')")
	@Operation(summary = "Download the certificate")
	ResponseEntity<byte[]> certificate(DataScope scope, @PathVariable long id) {
		return download(training.certificate(scope, id));
	}

	@GetMapping("/reviews")
	@PreAuthorize("hasAuthority('training:record:credit')")
	@Operation(summary = "Completed records waiting for review, oldest first",
			description = "page (from 0), size (1–200).")
	PagedModel<TrainingRecordView> reviews(DataScope scope, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(training.reviewQueue(scope, page, size));
	}

	@PostMapping("/records/{id}/review")
	@PreAuthorize("hasAuthority('training:record:credit')")
	@Operation(summary = "Accept (credit) or return a completed record; returning needs a comment")
	TrainingRecordView review(DataScope scope, @PathVariable long id, @RequestBody(required = false) ReviewForm form) {
		return training.review(scope, id, form);
	}

	@GetMapping("/ledger/{staffId}")
	@PreAuthorize("hasAnyAuthority('training:programme:read', 'training:self:read')")
	@Operation(summary = "A person's 5-year cycle ledger on a date (today by default), with the reasons")
	LedgerAnswer ledger(DataScope scope, @PathVariable long staffId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			Locale locale) {
		CycleLedger l = training.ledger(scope, staffId, on == null ? LocalDate.now() : on);
		training.recordLedgerRead(l);
		return new LedgerAnswer(l.staffId(), l.name(), l.on(), l.cycleStart(), l.cycleEnd(), l.requiredHours(),
				l.creditedHours(), l.missingHours(), l.countyOrAbove(), l.byLevel(), l.credits(), l.probation(),
				l.probationHours(), l.decision(), l.reasons().stream().map(r -> reason(r, locale)).toList(),
				l.entries());
	}

	@GetMapping("/hours/{staffId}")
	@PreAuthorize("hasAnyAuthority('training:programme:read', 'training:self:read')")
	@Operation(summary = "A person's credited hours in a period")
	TrainingHours hours(DataScope scope, @PathVariable long staffId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return training.hours(scope, staffId, from, to);
	}

	@GetMapping("/completion")
	@PreAuthorize("hasAuthority('training:programme:read')")
	@Operation(summary = "Teachers whose cycle requirement is met on a date, by unit (county indicator: 100%)")
	Completion completion(DataScope scope,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		return training.completion(scope, on == null ? LocalDate.now() : on);
	}

	@GetMapping("/plan")
	@PreAuthorize("hasAuthority('training:programme:read')")
	@Operation(summary = "The year's training plan with budget and totals")
	TrainingPlan plan(DataScope scope, @RequestParam int year) {
		return training.plan(scope, year);
	}

	@PostMapping("/plan")
	@PreAuthorize("hasAuthority('training:programme:manage')")
	@Operation(summary = "Add a plan line (a programme or a planned item; budget in yuan ≥ 0)")
	ResponseEntity<PlanLineView> addPlanLine(DataScope scope, @RequestParam int year,
			@RequestBody(required = false) PlanLineForm form) {
		PlanLineView created = training.addPlanLine(scope, year, form);
		return ResponseEntity.status(HttpStatus.CREATED).body(created);
	}

	@PostMapping("/plan/{id}/archive")
	@PreAuthorize("hasAuthority('training:programme:manage')")
	@Operation(summary = "Archive a plan line")
	ResponseEntity<Void> archivePlanLine(DataScope scope, @PathVariable long id) {
		training.archivePlanLine(scope, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('training:record:import')")
	@Operation(summary = "Import training results from .xlsx or .csv; all or nothing")
	ResponseEntity<ImportAnswer> importResults(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		ImportResult result = sheets.importNow(file, trainingImport.forScope(scope), dryRun);
		return ResponseEntity.status(result.httpStatus()).body(ImportAnswer.of(result));
	}

	@GetMapping("/import/template")
	@PreAuthorize("hasAuthority('training:record:import')")
	@Operation(summary = "The import template with one example row")
	void template(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws IOException {
		sheets.downloadTemplate(response, TrainingSheet.LAYOUT, "training", format, lang, locale);
	}

	private ReasonAnswer reason(Reason r, Locale locale) {
		return new ReasonAnswer(r.rule().name(), r.rule().source(), r.messageKey(), rules.explain(r, locale));
	}

	static ResponseEntity<byte[]> download(CertificateFile file) {
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

	record EnrolmentRequest(Long staffId) {
	}

	record ReasonAnswer(String rule, String source, String messageKey, String text) {
	}

	record LedgerAnswer(long staffId, String name, LocalDate on, LocalDate cycleStart, LocalDate cycleEnd,
			int requiredHours, int creditedHours, int missingHours, int countyOrAbove,
			Map<TrainingLevel, Integer> byLevel, java.math.BigDecimal credits, boolean probation, int probationHours,
			LedgerDecision decision, List<ReasonAnswer> reasons, List<TrainingRecordView> entries) {
	}

	/**
	 * The import's answer.
	 * @param imported rows written, or that would be written in a dry run; 0 on errors
	 * @param errors every refused cell: row (header = 1), column key, message
	 */

}
