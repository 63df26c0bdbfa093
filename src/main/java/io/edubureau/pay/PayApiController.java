package io.edubureau.pay;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletResponse;

import io.edubureau.sheet.ImportAnswer;
import io.edubureau.org.DataScope;
import io.edubureau.pay.Views.AdjustmentForm;
import io.edubureau.pay.Views.AdjustmentView;
import io.edubureau.pay.Views.MonthView;
import io.edubureau.pay.Views.PersonGross;
import io.edubureau.pay.Views.RateView;
import io.edubureau.pay.Views.RecordForm;
import io.edubureau.pay.Views.RecordView;
import io.edubureau.pay.Views.StepRun;
import io.edubureau.platform.Paging;
import io.edubureau.platform.Rejection;
import io.edubureau.sheet.ImportResult;
import io.edubureau.sheet.SheetManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Pay's API: money as integer fen, every line with its reason. */
@RestController
@RequestMapping("/api/v1/pay")
@Tag(name = "Pay", description = "Wage tables, pay records, payroll months, adjustments, the parity check")
class PayApiController {

	private final PayManagement pay;

	private final PayTableImport tableImport;

	private final PayExports exports;

	private final SheetManagement sheets;

	private final MessageSource messages;

	private final PayAnnualReports annual;

	PayApiController(PayManagement pay, PayTableImport tableImport, PayExports exports, SheetManagement sheets,
			MessageSource messages, PayAnnualReports annual) {
		this.annual = annual;
		this.pay = pay;
		this.tableImport = tableImport;
		this.exports = exports;
		this.sheets = sheets;
		this.messages = messages;
	}

	/** One line of a payslip: its reasons worded, each naming its rule and source. */
	@Schema(name = "PayrollLine")
	record Line(PayLineCode code, Long amountFen, String reason) {
	}

	/**
	 * A person's month; the lines sum to the gross. Another person's amounts are null
	 * (and amounts in the reasons ***) without pay:sensitive:read.
	 */
	record Slip(long staffId, String name, String month, PayMonth.State state, List<Line> lines, Long grossFen,
			boolean amountsMasked) {
	}

	record MonthPage(List<MonthView> content, int page, int size, long totalElements, int totalPages) {
	}

	/** The register of a month: each person's gross, null without pay:sensitive:read. */
	record MonthDetail(MonthView month, List<PersonGross> people, boolean amountsMasked) {
	}

	record ParityLine(int year, Long teacherAverageFen, Long civilServantAverageFen, Long gapFen, boolean below,
			List<String> reasons) {
	}

	record ParityForm(Long averageFen, String source) {
	}

	@GetMapping("/months")
	@PreAuthorize("hasAuthority('pay:record:read')")
	@Operation(summary = "Payroll months in scope, latest first, each COMPUTED or LOCKED (paged)")
	MonthPage months(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "24") int size,
			DataScope scope) {
		PageRequest request = Paging.request(page, size, 120);
		List<MonthView> all = pay.months(scope);
		int from = (int) Math.min(all.size(), request.getOffset());
		int to = Math.min(all.size(), from + request.getPageSize());
		return new MonthPage(all.subList(from, to), request.getPageNumber(), request.getPageSize(), all.size(),
				(all.size() + request.getPageSize() - 1) / request.getPageSize());
	}

	@GetMapping("/months/{month}")
	@PreAuthorize("hasAuthority('pay:record:read')")
	@Operation(
			summary = "A month with each person's gross in scope (a read of their pay, audited); grossFen null without pay:sensitive:read")
	MonthDetail month(@PathVariable String month, DataScope scope) {
		return new MonthDetail(pay.month(scope, month), pay.people(scope, month), PayManagement.masksAmounts(scope));
	}

	@PostMapping("/months/{month}/compute")
	@PreAuthorize("hasAuthority('pay:payroll:manage')")
	@Operation(
			summary = "Compute (or recompute as a new run) the month of the caller's bureau; a locked month is refused")
	MonthView compute(@PathVariable String month, DataScope scope) {
		return pay.compute(scope, month);
	}

	@PostMapping("/months/{month}/lock")
	@PreAuthorize("hasAuthority('pay:payroll:manage')")
	@Operation(summary = "Lock a computed month: it never changes again (corrections go to the next month)")
	MonthView lock(@PathVariable String month, DataScope scope) {
		return pay.lock(scope, month);
	}

	@GetMapping("/months/{month}/export")
	@PreAuthorize("hasAuthority('pay:payroll:export')")
	@Operation(
			summary = "The month as the bank's batch (layout=bank, columns=account,name,amount,…) or the payroll register 工资册 (layout=register); xlsx or csv")
	void export(@PathVariable String month, @RequestParam(defaultValue = "register") String layout,
			@RequestParam(required = false) String columns, @RequestParam(required = false) String format,
			DataScope scope, Locale locale, HttpServletResponse response) throws IOException {
		exports.write(scope, month, layout, columns, format, locale, response);
	}

	// The path issue 18 names as the stable API; the same payslip as slip's.
	@GetMapping("/{staffId:\\d+}/months/{month}")
	@PreAuthorize("hasAnyAuthority('pay:record:read','pay:self:read')")
	@Operation(operationId = "personMonthPay",
			summary = "One person's month (the stable path of issue 18): the same payslip as GET /api/v1/pay/staff/{staffId}/months/{month}")
	Slip personMonth(@PathVariable long staffId, @PathVariable String month, DataScope scope, Locale locale) {
		return slip(staffId, month, scope, locale);
	}

	@GetMapping("/staff/{staffId:\\d+}/months/{month}")
	@PreAuthorize("hasAnyAuthority('pay:record:read','pay:self:read')")
	@Operation(
			summary = "One person's month: lines with code, amount in fen and reason; they sum to grossFen (another person's amounts null without pay:sensitive:read)")
	Slip slip(@PathVariable long staffId, @PathVariable String month, DataScope scope, Locale locale) {
		Views.PaySlip s = pay.slip(scope, staffId, month);
		return new Slip(s.staffId(), s.name(), s.month(), s.state(),
				s.lines()
					.stream()
					.map(l -> new Line(l.code(), l.amountFen(),
							String.join("; ", l.reasons().stream().map(r -> r.words(messages, locale, true)).toList())))
					.toList(),
				s.grossFen(), s.amountsMasked());
	}

	@GetMapping("/staff/{staffId:\\d+}")
	@PreAuthorize("hasAnyAuthority('pay:record:read','pay:self:read')")
	@Operation(summary = "A person's pay record: grade, step, allowances and history with reasons")
	RecordView record(@PathVariable long staffId, DataScope scope) {
		return pay.record(scope, staffId);
	}

	@PostMapping("/records")
	@PreAuthorize("hasAuthority('pay:payroll:manage')")
	@Operation(summary = "Enrol a person in scope with post grade, salary step (dated) and allowances")
	ResponseEntity<RecordView> enrol(@RequestBody RecordForm form, DataScope scope) {
		return ResponseEntity.status(HttpStatus.CREATED).body(pay.enrol(scope, form));
	}

	@PutMapping("/staff/{staffId:\\d+}")
	@PreAuthorize("hasAuthority('pay:payroll:manage')")
	@Operation(summary = "A dated change of grade, step or allowances; the history keeps the earlier values")
	RecordView change(@PathVariable long staffId, @RequestBody RecordForm form, DataScope scope) {
		return pay.change(scope, staffId, form);
	}

	@PostMapping("/staff/{staffId:\\d+}/adjustments")
	@PreAuthorize("hasAuthority('pay:payroll:manage')")
	@Operation(summary = "A correction in fen paid in a month not yet locked (a locked month is refused: use the next)")
	ResponseEntity<AdjustmentView> adjust(@PathVariable long staffId, @RequestBody AdjustmentForm form,
			DataScope scope) {
		return ResponseEntity.status(HttpStatus.CREATED).body(pay.adjust(scope, staffId, form));
	}

	@PostMapping("/step-increases/{year}")
	@PreAuthorize("hasAuthority('pay:payroll:manage')")
	@Operation(summary = "The annual step increase of 1 January of the year for every record in scope, with reasons")
	StepRun stepIncreases(@PathVariable int year, DataScope scope) {
		return pay.stepIncreases(scope, year);
	}

	@GetMapping("/rates")
	@PreAuthorize("hasAuthority('pay:record:read')")
	@Operation(summary = "Every dated rate of the wage tables and allowances, with its source")
	List<RateView> rates() {
		return pay.rates();
	}

	@PostMapping(path = "/tables", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('pay:table:import')")
	@Operation(
			summary = "Import a wage or allowance table (.xlsx or .csv) from effective_from (rows may carry their own date); all or nothing")
	ResponseEntity<ImportAnswer> importTable(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "effective_from", required = false) String effectiveFrom,
			@RequestParam(defaultValue = "false") boolean dryRun) {
		LocalDate from = null;
		if (effectiveFrom != null && !effectiveFrom.isBlank()) {
			try {
				from = LocalDate.parse(effectiveFrom.strip());
			}
			catch (java.time.format.DateTimeParseException ex) {
				throw new Rejection("effective_from", "pay.import.effectiveInvalid", effectiveFrom);
			}
		}
		ImportResult result = sheets.importNow(file, tableImport.run(from), dryRun);
		return ResponseEntity.status(result.httpStatus()).body(ImportAnswer.of(result));
	}

	@GetMapping("/tables/template")
	@PreAuthorize("hasAuthority('pay:table:import')")
	@Operation(summary = "The table import template with one example row and the item drop-down")
	void template(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws IOException {
		sheets.downloadTemplate(response, PayTableImport.LAYOUT, "pay-rates", format, lang, locale);
	}

	@GetMapping("/parity")
	@PreAuthorize("hasAuthority('pay:record:read')")
	@Operation(summary = "The pay parity check (义务教育法 第三十一条) of a year and the four before, with reasons")
	List<ParityLine> parity(@RequestParam(required = false) Integer year, DataScope scope, Locale locale) {
		int y = year == null ? LocalDate.now().getYear() : year;
		return pay.parity(scope, y)
			.stream()
			.map(p -> new ParityLine(p.year(), p.teacherAverageFen(), p.civilServantAverageFen(), p.gapFen(), p.below(),
					p.reasons().stream().map(r -> r.words(messages, locale, true)).toList()))
			.toList();
	}

	@PutMapping("/parity/{year}")
	@PreAuthorize("hasAuthority('pay:payroll:manage')")
	@Operation(summary = "Enter the local civil servants' average annual pay of a year, in fen, with its source")
	ParityLine civilServantAverage(@PathVariable int year, @RequestBody ParityForm form, DataScope scope,
			Locale locale) {
		PayCalculator.Parity p = pay.recordCivilServantAverage(scope, year, form.averageFen(), form.source());
		return new ParityLine(p.year(), p.teacherAverageFen(), p.civilServantAverageFen(), p.gapFen(), p.below(),
				p.reasons().stream().map(r -> r.words(messages, locale, true)).toList());
	}

	@GetMapping("/annual")
	@PreAuthorize("hasAuthority('pay:record:read')")
	@Operation(
			summary = "The annual salary report (工资年报) of a year for a unit's subtree in scope, from the locked months: per unit and in total, people by employment type and post category, each component and the gross in fen, the average per person; the months not locked named (audited)")
	Views.AnnualReport annual(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unit,
			DataScope scope) {
		return annual.report(scope, year == null ? PayAnnualReports.defaultYear() : year, unit);
	}

	@GetMapping("/annual/export")
	@PreAuthorize("hasAuthority('pay:payroll:export')")
	@Operation(summary = "The annual salary report as .xlsx (or csv), amounts in yuan (audited)")
	void annualExport(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String format, DataScope scope, Locale locale, HttpServletResponse response)
			throws IOException {
		exports.writeAnnual(scope, year == null ? PayAnnualReports.defaultYear() : year, unit, format, locale, response,
				annual);
	}

}
