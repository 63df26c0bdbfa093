package io.edubureau.pay;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import io.edubureau.org.DataScope;
import io.edubureau.org.ScopeKind;
import io.edubureau.pay.Views.AdjustmentForm;
import io.edubureau.pay.Views.RecordForm;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.sheet.ImportPage;
import io.edubureau.sheet.SheetImportPages;
import io.edubureau.sheet.SheetManagement;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pay's pages: months, one month's people, a payslip with reasons, a pay record, imports.
 */
@Controller
class PayPageController {

	private final PayManagement pay;

	private final PayTableImport tableImport;

	private final PayExports exports;

	private final MessageSource messages;

	private final SheetImportPages importPages;

	private final PayRewards rewards;

	private final PayAnnualReports annual;

	PayPageController(PayManagement pay, PayTableImport tableImport, PayExports exports, MessageSource messages,
			SheetManagement sheets, PayRewards rewards, PayAnnualReports annual) {
		this.annual = annual;
		this.pay = pay;
		this.rewards = rewards;
		this.tableImport = tableImport;
		this.exports = exports;
		this.messages = messages;
		this.importPages = sheets.importPages(PayTableImport.LAYOUT,
				new ImportPage("/pay/import", "pay.import", "/pay", "pay.title"), "pay-rates");
	}

	// Money shown from fen exactly (a masked amount, null, as ***); the templates call
	// these through java.util.function.Function.
	@org.springframework.web.bind.annotation.ModelAttribute("yuan")
	java.util.function.Function<Long, String> yuan() {
		return fen -> fen == null ? PayManagement.MASK : PayCalculator.yuan(fen);
	}

	@org.springframework.web.bind.annotation.ModelAttribute("percent")
	java.util.function.Function<Long, String> percent() {
		return PayCalculator::percent;
	}

	// Reasons worded for a page: the source named in words, no rule codes.
	private Map<Object, List<String>> words(Map<Object, List<PayReason>> reasons, Locale locale) {
		Map<Object, List<String>> out = new LinkedHashMap<>();
		reasons.forEach((k, v) -> out.put(k, v.stream().map(r -> r.words(messages, locale, false)).toList()));
		return out;
	}

	@GetMapping("/pay")
	@PreAuthorize("hasAuthority('pay:record:read')")
	String index(DataScope scope, @RequestParam(required = false) Integer year, Model model, Locale locale) {
		int y = year == null ? LocalDate.now().getYear() : year;
		PayManagement.checkYear(y);
		model.addAttribute("year", y);
		model.addAttribute("months", pay.months(scope));
		List<PayCalculator.Parity> parity = pay.parity(scope, y);
		model.addAttribute("parity", parity);
		Map<Object, List<PayReason>> reasons = new LinkedHashMap<>();
		parity.forEach(p -> reasons.put(p.year(), p.reasons()));
		model.addAttribute("parityReasons", words(reasons, locale));
		model.addAttribute("rates", pay.rates());
		model.addAttribute("thisMonth", YearMonth.now().toString());
		return "pay/index";
	}

	@GetMapping("/pay/annual")
	@PreAuthorize("hasAuthority('pay:record:read')")
	String annual(DataScope scope, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long unit, Model model) {
		int y = year == null ? PayAnnualReports.defaultYear() : year;
		model.addAttribute("report", annual.report(scope, y, unit));
		model.addAttribute("year", y);
		model.addAttribute("unit", unit);
		model.addAttribute("components", PayAnnualReports.COMPONENTS);
		return "pay/annual";
	}

	@GetMapping("/pay/annual/export")
	@PreAuthorize("hasAuthority('pay:payroll:export')")
	void annualExport(DataScope scope, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long unit, @RequestParam(required = false) String format, Locale locale,
			HttpServletResponse response) throws IOException {
		exports.writeAnnual(scope, year == null ? PayAnnualReports.defaultYear() : year, unit, format, locale, response,
				annual);
	}

	@PostMapping("/pay/months/compute")
	@PreAuthorize("hasAuthority('pay:payroll:manage')")
	String compute(DataScope scope, @RequestParam(required = false) String month, RedirectAttributes redirect) {
		try {
			Views.MonthView m = pay.compute(scope, month);
			redirect.addFlashAttribute("notice", "pay.month.computed");
			return "redirect:/pay/months/" + m.month();
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
			return "redirect:/pay";
		}
	}

	@PostMapping("/pay/months/{month}/lock")
	@PreAuthorize("hasAuthority('pay:payroll:manage')")
	String lock(DataScope scope, @PathVariable String month, RedirectAttributes redirect) {
		YearMonth m = PayManagement.parseMonth(month);
		try {
			pay.lock(scope, month);
			redirect.addFlashAttribute("notice", "pay.month.lockedNotice");
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/pay/months/" + m;
	}

	@GetMapping("/pay/months/{month}")
	@PreAuthorize("hasAuthority('pay:record:read')")
	String month(DataScope scope, @PathVariable String month, Model model) {
		Views.MonthView m = pay.month(scope, month);
		List<Views.PersonGross> people = pay.people(scope, month);
		model.addAttribute("month", m);
		model.addAttribute("people", people);
		model.addAttribute("amountsMasked", PayManagement.masksAmounts(scope));
		model.addAttribute("units", pay.unitNames(people.stream().map(Views.PersonGross::unitId).distinct().toList()));
		return "pay/month";
	}

	@GetMapping("/pay/months/{month}/export")
	@PreAuthorize("hasAuthority('pay:payroll:export')")
	void export(DataScope scope, @PathVariable String month, @RequestParam(defaultValue = "register") String layout,
			@RequestParam(required = false) String columns, @RequestParam(required = false) String format,
			Locale locale, HttpServletResponse response) throws IOException {
		exports.write(scope, month, layout, columns, format, locale, response);
	}

	@GetMapping("/pay/me")
	@PreAuthorize("hasAuthority('pay:self:read')")
	String me(DataScope scope) {
		if (scope.kind() != ScopeKind.SELF || scope.staffId() == null) {
			throw new NotFound("own pay record");
		}
		return "redirect:/pay/" + scope.staffId();
	}

	@GetMapping("/pay/{staffId:\\d+}")
	@PreAuthorize("hasAnyAuthority('pay:record:read','pay:self:read')")
	String record(DataScope scope, @PathVariable long staffId, Model model, Locale locale) {
		Views.RecordView r = pay.record(scope, staffId);
		model.addAttribute("record", r);
		Map<Object, List<PayReason>> reasons = new LinkedHashMap<>();
		for (int i = 0; i < r.history().size(); i++) {
			reasons.put(i, r.history().get(i).reasons());
		}
		model.addAttribute("historyReasons", words(reasons, locale));
		model.addAttribute("months", pay.monthsOf(scope, staffId));
		model.addAttribute("adjustments", pay.adjustments(scope, staffId));
		List<Views.OwnReward> own = rewards.ofPerson(scope, staffId);
		model.addAttribute("rewards", own);
		Map<Object, List<PayReason>> rewardReasons = new LinkedHashMap<>();
		own.forEach(o -> rewardReasons.put(o.planId(), o.reasons()));
		model.addAttribute("rewardReasons", words(rewardReasons, locale));
		model.addAttribute("amountsMasked", PayManagement.masksAmounts(scope));
		return "pay/record";
	}

	@GetMapping("/pay/{staffId:\\d+}/months/{month}")
	@PreAuthorize("hasAnyAuthority('pay:record:read','pay:self:read')")
	String slip(DataScope scope, @PathVariable long staffId, @PathVariable String month, Model model, Locale locale) {
		Views.PaySlip s = pay.slip(scope, staffId, month);
		model.addAttribute("slip", s);
		Map<Object, List<PayReason>> reasons = new LinkedHashMap<>();
		for (int i = 0; i < s.lines().size(); i++) {
			reasons.put(i, s.lines().get(i).reasons());
		}
		model.addAttribute("lineReasons", words(reasons, locale));
		model.addAttribute("nextMonth", YearMonth.parse(s.month()).plusMonths(1).toString());
		return "pay/slip";
	}

	@PostMapping("/pay/{staffId:\\d+}/adjustments")
	@PreAuthorize("hasAuthority('pay:payroll:manage')")
	String adjust(DataScope scope, @PathVariable long staffId, @RequestParam(required = false) String month,
			@RequestParam(required = false) String amount, @RequestParam(required = false) String note,
			@RequestParam(required = false) String back, RedirectAttributes redirect) {
		try {
			Long fen = PayCalculator.fen(amount).orElseThrow(() -> new Rejection("amountFen", "pay.adjustment.amount"));
			pay.adjust(scope, staffId, new AdjustmentForm(month, fen, note));
			redirect.addFlashAttribute("notice", "pay.adjustment.saved");
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		// Back to the slip the form was on, never to a URL from outside.
		return back != null && back.matches("\\d{4}-\\d{2}") ? "redirect:/pay/" + staffId + "/months/" + back
				: "redirect:/pay/" + staffId;
	}

	@PostMapping("/pay/records")
	@PreAuthorize("hasAuthority('pay:payroll:manage')")
	String enrol(DataScope scope, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		try {
			Views.RecordView r = pay.enrol(scope,
					new RecordForm(number(form.get("staffId"), "staffId"), integer(form.get("postGrade"), "postGrade"),
							integer(form.get("salaryStep"), "salaryStep"), date(form.get("effectiveOn")),
							"on".equals(form.get("headTeacher")), "on".equals(form.get("specialEducation")),
							form.get("bankAccount")));
			redirect.addFlashAttribute("notice", "pay.record.saved");
			return "redirect:/pay/" + r.staffId();
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		catch (NotFound ex) {
			redirect.addFlashAttribute("problems", List.of(new Rejection.Problem("staffId", "pay.record.unknown")));
		}
		return "redirect:/pay";
	}

	@PostMapping("/pay/step-increases")
	@PreAuthorize("hasAuthority('pay:payroll:manage')")
	String stepIncreases(DataScope scope, @RequestParam(required = false) String year, RedirectAttributes redirect) {
		try {
			Views.StepRun run = pay.stepIncreases(scope, integer(year, "year"));
			redirect.addFlashAttribute("stepRun",
					new Views.StepRun(run.year(), run.raised(), run.withheld(), run.skipped(), List.of()));
			redirect.addFlashAttribute("notice", "pay.step.done");
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/pay";
	}

	@PostMapping("/pay/parity")
	@PreAuthorize("hasAuthority('pay:payroll:manage')")
	String parity(DataScope scope, @RequestParam(required = false) String year,
			@RequestParam(required = false) String average, @RequestParam(required = false) String source,
			RedirectAttributes redirect) {
		try {
			int y = integer(year, "year");
			Long fen = PayCalculator.fen(average).orElseThrow(() -> new Rejection("averageFen", "pay.parity.average"));
			pay.recordCivilServantAverage(scope, y, fen, source);
			redirect.addFlashAttribute("notice", "pay.parity.saved");
			return "redirect:/pay?year=" + y;
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/pay";
	}

	private static Integer integer(String text, String field) {
		if (text == null || !text.strip().matches("\\d{1,4}")) {
			throw new Rejection(field, "pay.number", String.valueOf(text));
		}
		return Integer.valueOf(text.strip());
	}

	private static Long number(String text, String field) {
		if (text == null || !text.strip().matches("\\d{1,15}")) {
			throw new Rejection(field, "pay.number", String.valueOf(text));
		}
		return Long.valueOf(text.strip());
	}

	private static LocalDate date(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new Rejection("effectiveOn", "pay.date", text);
		}
	}

	// ---- import of wage and allowance tables

	@GetMapping("/pay/import")
	@PreAuthorize("hasAuthority('pay:table:import')")
	String importForm(Model model, Locale locale) {
		return importPages.form(model, locale);
	}

	@PostMapping("/pay/import")
	@PreAuthorize("hasAuthority('pay:table:import')")
	String importUpload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun) {
		return importPages.upload(file, tableImport.run(null), dryRun);
	}

	@GetMapping("/pay/import/jobs/{id}")
	@PreAuthorize("hasAuthority('pay:table:import')")
	String importJob(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model, Locale locale) {
		return importPages.job(id, htmx != null, model, locale);
	}

	@GetMapping("/pay/import/jobs/{id}/report")
	@PreAuthorize("hasAuthority('pay:table:import')")
	void importReport(@PathVariable String id, HttpServletResponse response) throws IOException {
		importPages.report(id, response);
	}

	@GetMapping("/pay/import/template")
	@PreAuthorize("hasAuthority('pay:table:import')")
	void importTemplate(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws IOException {
		importPages.template(format, lang, locale, response);
	}

}
