package io.edubureau.aid;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.edubureau.org.DataScope;
import io.edubureau.org.Stage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.bind.annotation.RestController;

/** Student aid through the API. */
@RestController
@RequestMapping("/api/v1/aid")
@Tag(name = "Aid", description = "Student aid (学生资助): programmes, standards, applications, payment batches")
class AidApiController {

	private final AidManagement aid;

	AidApiController(AidManagement aid) {
		this.aid = aid;
	}

	@GetMapping("/programmes")
	@PreAuthorize("hasAuthority('aid:record:read')")
	@Operation(summary = "The aid programmes (national and local)")
	List<ProgrammeView> programmes() {
		return aid.programmes();
	}

	@GetMapping("/standards")
	@PreAuthorize("hasAuthority('aid:record:read')")
	@Operation(summary = "The standard in force on a day (today by default), in fen per year, with its source",
			description = "programme: BOARDING_LIVING, NON_BOARDING_LIVING, NUTRITION_MEALS, HIGH_SCHOOL_GRANT, "
					+ "HIGH_SCHOOL_FEE_WAIVER, VOCATIONAL_GRANT, VOCATIONAL_FEE_WAIVER, STUDENT_LOAN or a local code; "
					+ "stage; tier (STANDARD by default); on (YYYY-MM-DD).")
	StandardAnswer standard(@RequestParam(required = false) String programme,
			@RequestParam(required = false) Stage stage, @RequestParam(required = false) String tier,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		return aid.standard(programme, stage, tier, on);
	}

	@GetMapping("/standards/history")
	@PreAuthorize("hasAuthority('aid:record:read')")
	@Operation(summary = "Every standard with its date and source")
	List<StandardView> standards() {
		return aid.standards();
	}

	@PostMapping("/standards")
	@PreAuthorize("hasAuthority('aid:standard:manage')")
	@Operation(summary = "Add a dated standard (earlier ones stay); audited",
			description = "Body: programme, stage, tier, amountPerYearFen, effectiveFrom, source.")
	StandardView addStandard(@RequestBody(required = false) StandardForm form) {
		return aid.addStandard(form);
	}

	@GetMapping("/applications")
	@PreAuthorize("hasAuthority('aid:record:read')")
	@Operation(summary = "Applications of the scope (programme, semester e.g. 2026-2, status to narrow)",
			description = "page (from 0), size (1–200).")
	PagedModel<ApplicationView> applications(DataScope scope, @RequestParam(required = false) String programme,
			@RequestParam(required = false) String semester, @RequestParam(required = false) AidStatus status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(aid.applications(scope, programme, semester, status, page, size));
	}

	@PostMapping("/applications")
	@PreAuthorize("hasAuthority('aid:application:manage')")
	@Operation(summary = "Apply for a student of the scope; one grant per programme and semester",
			description = "Body: studentId, programme, semester (YYYY-1 spring, YYYY-2 autumn), tier, category "
					+ "(POVERTY_ALLEVIATED, MINIMUM_LIVING, EXTREME_HARDSHIP, DISABILITY, ORPHAN, OTHER), evidence, appliedOn.")
	ApplicationDetail apply(DataScope scope, @RequestBody(required = false) ApplicationForm form, Locale locale) {
		return aid.apply(scope, form, locale);
	}

	@GetMapping("/applications/{id}")
	@PreAuthorize("hasAuthority('aid:record:read')")
	@Operation(summary = "An application with its steps and reasons")
	ApplicationDetail application(DataScope scope, @PathVariable long id, Locale locale) {
		return aid.application(scope, id, locale);
	}

	@PostMapping("/applications/{id}/review")
	@PreAuthorize("hasAuthority('aid:application:manage')")
	@Operation(summary = "School review: pass=true passes it on, pass=false rejects it (note required)")
	ApplicationDetail review(DataScope scope, @PathVariable long id, @RequestBody(required = false) DecisionForm form,
			Locale locale) {
		return aid.review(scope, id, form, locale);
	}

	@PostMapping("/applications/{id}/notice")
	@PreAuthorize("hasAuthority('aid:application:manage')")
	@Operation(summary = "Post on the public notice (公示) from a day; runs the local number of working days")
	ApplicationDetail notice(DataScope scope, @PathVariable long id, @RequestBody(required = false) DecisionForm form,
			Locale locale) {
		return aid.publicise(scope, id, form, locale);
	}

	@PostMapping("/applications/{id}/approval")
	@PreAuthorize("hasAuthority('aid:application:approve')")
	@Operation(summary = "Bureau approval after the notice has run (pass=false rejects with a note)")
	ApplicationDetail approve(DataScope scope, @PathVariable long id, @RequestBody(required = false) DecisionForm form,
			Locale locale) {
		return aid.approve(scope, id, form, locale);
	}

	@PostMapping("/applications/{id}/reversal")
	@PreAuthorize("hasAuthority('aid:batch:manage')")
	@Operation(summary = "Reverse a paid grant (recorded, never deleted)")
	ApplicationDetail reverse(DataScope scope, @PathVariable long id, @RequestBody(required = false) ReversalForm form,
			Locale locale) {
		return aid.reverse(scope, id, form, locale);
	}

	@GetMapping("/students/{studentId}")
	@PreAuthorize("hasAuthority('aid:record:read')")
	@Operation(summary = "A student's aid at every school, before and after transfers")
	List<ApplicationView> studentAid(DataScope scope, @PathVariable long studentId) {
		return aid.studentAid(scope, studentId);
	}

	@GetMapping("/batches")
	@PreAuthorize("hasAuthority('aid:record:read')")
	@Operation(summary = "Payment batches of the scope", description = "page (from 0), size (1–200).")
	PagedModel<BatchView> batches(DataScope scope, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(aid.batches(scope, page, size));
	}

	@PostMapping("/batches")
	@PreAuthorize("hasAuthority('aid:batch:manage')")
	@Operation(summary = "Pay every approved application of a programme and semester in the scope as one batch",
			description = "Body: programme, semester, paidOn.")
	BatchView createBatch(DataScope scope, @RequestBody(required = false) BatchForm form) {
		return aid.createBatch(scope, form);
	}

	@GetMapping("/batches/{id}")
	@PreAuthorize("hasAuthority('aid:record:read')")
	@Operation(summary = "A payment batch")
	BatchView batch(DataScope scope, @PathVariable long id) {
		return aid.batch(scope, id);
	}

	@GetMapping("/batches/{id}/applications")
	@PreAuthorize("hasAuthority('aid:record:read')")
	@Operation(summary = "The applications a batch paid", description = "page (from 0), size (1–200).")
	PagedModel<ApplicationView> batchApplications(DataScope scope, @PathVariable long id,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(aid.batchApplications(scope, id, page, size));
	}

	@GetMapping("/batches/{id}/export")
	@PreAuthorize("hasAuthority('aid:batch:manage')")
	@Operation(summary = "The bank batch as CSV (full identity numbers); audited")
	ResponseEntity<byte[]> export(DataScope scope, @PathVariable long id, Locale locale) {
		return bankCsv(aid.bankRows(scope, id), id, locale);
	}

	static ResponseEntity<byte[]> bankCsv(List<AidManagement.BankRow> rows, long id, Locale locale) {
		boolean zh = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(zh ? "序号,姓名,身份证号,学校,金额（元）" : "No,Name,Identity number,School,Amount (yuan)").append("\r\n");
		int n = 1;
		for (AidManagement.BankRow r : rows) {
			csv.append(n++)
				.append(',')
				.append(cell(r.name()))
				.append(',')
				.append(cell(r.idNumber()))
				.append(',')
				.append(cell(r.school()))
				.append(',')
				.append(java.math.BigDecimal.valueOf(r.amountFen(), 2).toPlainString())
				.append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("aid-batch-" + id + ".csv").build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	// Quoted, and a leading formula character neutralised so a spreadsheet never runs it.
	private static String cell(String value) {
		String v = value == null ? "" : value;
		if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
			v = "'" + v;
		}
		return "\"" + v.replace("\"", "\"\"") + "\"";
	}

}
