package io.edubureau.pay;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of back pay (补发): the batches with the form for a draft, one batch with each
 * difference and its reasons, approval and export.
 */
@Controller
class PayBackPayPageController {

	private final PayBackPays backPays;

	private final PayExports exports;

	private final MessageSource messages;

	PayBackPayPageController(PayBackPays backPays, PayExports exports, MessageSource messages) {
		this.backPays = backPays;
		this.exports = exports;
		this.messages = messages;
	}

	@ModelAttribute("yuan")
	java.util.function.Function<Long, String> yuan() {
		return PayCalculator::yuan;
	}

	@GetMapping("/pay/back-pay")
	@PreAuthorize("hasAuthority('pay:record:read')")
	String batches(DataScope scope, Model model) {
		model.addAttribute("batches", backPays.batches(scope));
		model.addAttribute("lastMonth", YearMonth.now().minusMonths(1).toString());
		return "pay/backpay";
	}

	@PostMapping("/pay/back-pay")
	@PreAuthorize("hasAuthority('pay:payroll:manage')")
	String draft(DataScope scope, @RequestParam(required = false) String fromMonth, RedirectAttributes redirect) {
		try {
			Views.BackPayDetail d = backPays.draft(scope, fromMonth);
			redirect.addFlashAttribute("notice", "pay.back.created");
			return "redirect:/pay/back-pay/" + d.batch().id();
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/pay/back-pay";
	}

	@GetMapping("/pay/back-pay/{id:\\d+}")
	@PreAuthorize("hasAuthority('pay:record:read')")
	String batch(DataScope scope, @PathVariable long id, Model model, Locale locale) {
		Views.BackPayDetail d = backPays.batch(scope, id);
		model.addAttribute("batch", d.batch());
		model.addAttribute("lines", d.lines());
		List<List<String>> reasons = new ArrayList<>();
		d.lines().forEach(l -> reasons.add(l.reasons().stream().map(r -> r.words(messages, locale, false)).toList()));
		model.addAttribute("reasons", reasons);
		model.addAttribute("nextMonth", YearMonth.now().toString());
		return "pay/backpay-batch";
	}

	@PostMapping("/pay/back-pay/{id:\\d+}/approve")
	@PreAuthorize("hasAuthority('pay:payroll:manage')")
	String approve(DataScope scope, @PathVariable long id, @RequestParam(required = false) String payMonth,
			RedirectAttributes redirect) {
		try {
			backPays.approve(scope, id, payMonth);
			redirect.addFlashAttribute("notice", "pay.back.approved");
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/pay/back-pay/" + id;
	}

	@GetMapping("/pay/back-pay/{id:\\d+}/export")
	@PreAuthorize("hasAuthority('pay:payroll:export')")
	void export(DataScope scope, @PathVariable long id, @RequestParam(required = false) String format, Locale locale,
			HttpServletResponse response) throws IOException {
		exports.writeBackPay(scope, id, format, locale, response, backPays);
	}

}
