package io.edubureau.pay;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import io.edubureau.org.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API of back pay (补发): a draft batch over the locked months from a month on, each
 * difference in integer fen with its reasons worded (naming rule and source), approval
 * into a month not locked, the .xlsx export.
 */
@RestController
@RequestMapping("/api/v1/pay")
@Tag(name = "Pay", description = "Wage tables, pay records, payroll months, adjustments, the parity check")
class PayBackPayApiController {

	private final PayBackPays backPays;

	private final PayExports exports;

	private final MessageSource messages;

	PayBackPayApiController(PayBackPays backPays, PayExports exports, MessageSource messages) {
		this.backPays = backPays;
		this.exports = exports;
		this.messages = messages;
	}

	record BackPayDraftForm(String fromMonth) {
	}

	record BackPayApproveForm(String payMonth) {
	}

	record Line(long staffId, String name, long unitId, String month, PayLineCode code, long paidFen, long dueFen,
			long differenceFen, List<String> reasons) {
	}

	/**
	 * A batch with its lines in scope (their differences sum to totalFen in the owner's
	 * scope).
	 */
	record Detail(Views.BackPayView batch, List<Line> lines) {
	}

	private Detail detail(Views.BackPayDetail d, Locale locale) {
		return new Detail(d.batch(),
				d.lines()
					.stream()
					.map(l -> new Line(l.staffId(), l.name(), l.unitId(), l.month(), l.code(), l.paidFen(), l.dueFen(),
							l.differenceFen(), l.reasons().stream().map(r -> r.words(messages, locale, true)).toList()))
					.toList());
	}

	@GetMapping("/back-pay")
	@PreAuthorize("hasAuthority('pay:record:read')")
	@Operation(summary = "Back-pay batches (补发) whose owner concerns the scope, latest first (paged)")
	PagedModel<Views.BackPayView> batches(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, DataScope scope) {
		List<Views.BackPayView> all = backPays.batches(scope);
		int s = Math.max(1, Math.min(size, 200));
		int p = Math.max(0, page);
		int from = Math.min(all.size(), p * s);
		return new PagedModel<>(
				new PageImpl<>(all.subList(from, Math.min(all.size(), from + s)), PageRequest.of(p, s), all.size()));
	}

	@PostMapping("/back-pay")
	@PreAuthorize("hasAuthority('pay:payroll:manage')")
	@Operation(
			summary = "A draft back-pay batch: the owner's locked months from fromMonth priced again as now known, each difference per person, month and line with reasons")
	ResponseEntity<Detail> draft(@RequestBody BackPayDraftForm form, DataScope scope, Locale locale) {
		return ResponseEntity.status(HttpStatus.CREATED).body(detail(backPays.draft(scope, form.fromMonth()), locale));
	}

	@GetMapping("/back-pay/{id:\\d+}")
	@PreAuthorize("hasAuthority('pay:record:read')")
	@Operation(summary = "A batch with its lines in scope (a read of their pay, audited)")
	Detail batch(@PathVariable long id, DataScope scope, Locale locale) {
		return detail(backPays.batch(scope, id), locale);
	}

	@PostMapping("/back-pay/{id:\\d+}/approve")
	@PreAuthorize("hasAuthority('pay:payroll:manage')")
	@Operation(
			summary = "Approves a draft: each person's sum is paid in payMonth (not locked) as a BACK_PAY adjustment")
	Detail approve(@PathVariable long id, @RequestBody BackPayApproveForm form, DataScope scope, Locale locale) {
		return detail(backPays.approve(scope, id, form.payMonth()), locale);
	}

	@GetMapping("/back-pay/{id:\\d+}/export")
	@PreAuthorize("hasAuthority('pay:payroll:export')")
	@Operation(
			summary = "A batch as .xlsx (or csv) with Chinese headings: each difference in yuan with its reasons (audited)")
	void export(@PathVariable long id, @RequestParam(required = false) String format, DataScope scope, Locale locale,
			HttpServletResponse response) throws IOException {
		exports.writeBackPay(scope, id, format, locale, response, backPays);
	}

}
