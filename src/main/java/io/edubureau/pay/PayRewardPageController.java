package io.edubureau.pay;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import io.edubureau.org.DataScope;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;

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
 * The pages of the reward part of performance pay: the plans of a year, one plan with
 * every share and its reasons, the school's and the bureau's actions.
 */
@Controller
class PayRewardPageController {

	private final PayRewards rewards;

	private final PayExports exports;

	private final MessageSource messages;

	PayRewardPageController(PayRewards rewards, PayExports exports, MessageSource messages) {
		this.rewards = rewards;
		this.exports = exports;
		this.messages = messages;
	}

	@ModelAttribute("yuan")
	java.util.function.Function<Long, String> yuan() {
		return PayCalculator::yuan;
	}

	@ModelAttribute("percent")
	java.util.function.Function<Long, String> percent() {
		return PayCalculator::percent;
	}

	private List<String> words(List<PayReason> reasons, Locale locale) {
		return reasons.stream().map(r -> r.words(messages, locale, false)).toList();
	}

	@GetMapping("/pay/rewards")
	@PreAuthorize("hasAuthority('pay:record:read')")
	String plans(DataScope scope, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, Model model) {
		int y = year == null ? LocalDate.now().getYear() - 1 : year;
		PayManagement.checkYear(y);
		model.addAttribute("year", y);
		model.addAttribute("plans", rewards.plans(scope, y, page, 50));
		model.addAttribute("units", rewards.units(scope));
		return "pay/rewards";
	}

	@PostMapping("/pay/rewards")
	@PreAuthorize("hasAuthority('pay:reward:plan')")
	String create(DataScope scope, @RequestParam(required = false) String unitId,
			@RequestParam(required = false) String year, RedirectAttributes redirect) {
		try {
			Views.RewardPlanDetail d = rewards.create(scope, number(unitId, "unitId"), (int) number(year, "year"));
			redirect.addFlashAttribute("notice", "pay.reward.created");
			return "redirect:/pay/rewards/" + d.plan().id();
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		catch (NotFound ex) {
			redirect.addFlashAttribute("problems", List.of(new Rejection.Problem("unitId", "pay.reward.unit")));
		}
		return "redirect:/pay/rewards";
	}

	@GetMapping("/pay/rewards/{id:\\d+}")
	@PreAuthorize("hasAuthority('pay:record:read')")
	String plan(DataScope scope, @PathVariable long id, Model model, Locale locale) {
		Views.RewardPlanDetail d = rewards.plan(scope, id);
		model.addAttribute("plan", d.plan());
		model.addAttribute("shares", d.shares());
		model.addAttribute("history", d.history());
		model.addAttribute("objections", d.objections());
		model.addAttribute("today", java.time.LocalDate.now().toString());
		model.addAttribute("planReasons", words(d.plan().reasons(), locale));
		List<List<String>> shareReasons = new ArrayList<>();
		d.shares().forEach(s -> shareReasons.add(words(s.reasons(), locale)));
		model.addAttribute("shareReasons", shareReasons);
		model.addAttribute("nextMonth", YearMonth.now().toString());
		return "pay/reward";
	}

	@PostMapping("/pay/rewards/{id:\\d+}/recompute")
	@PreAuthorize("hasAuthority('pay:reward:plan')")
	String recompute(DataScope scope, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "pay.reward.recomputed", () -> rewards.recompute(scope, id));
	}

	@PostMapping("/pay/rewards/{id:\\d+}/submit")
	@PreAuthorize("hasAuthority('pay:reward:plan')")
	String submit(DataScope scope, @PathVariable long id, @RequestParam(required = false) String noticeFrom,
			RedirectAttributes redirect) {
		return act(id, redirect, "pay.reward.submitted",
				() -> rewards.submit(scope, id, day(noticeFrom, "noticeFrom")));
	}

	@PostMapping("/pay/rewards/{id:\\d+}/objections")
	@PreAuthorize("hasAuthority('pay:reward:plan')")
	String object(DataScope scope, @PathVariable long id, @RequestParam(required = false) String raisedBy,
			@RequestParam(required = false) String content, @RequestParam(required = false) String raisedOn,
			RedirectAttributes redirect) {
		return act(id, redirect, "pay.reward.objection.recorded",
				() -> rewards.object(scope, id, raisedBy, content, day(raisedOn, "raisedOn")));
	}

	@PostMapping("/pay/rewards/{id:\\d+}/objections/{objectionId:\\d+}/answer")
	@PreAuthorize("hasAuthority('pay:reward:plan')")
	String answer(DataScope scope, @PathVariable long id, @PathVariable long objectionId,
			@RequestParam(required = false) String answer, RedirectAttributes redirect) {
		return act(id, redirect, "pay.reward.objection.answeredNotice",
				() -> rewards.answer(scope, id, objectionId, answer));
	}

	// A blank date means today; anything else must be a date.
	private static java.time.LocalDate day(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return java.time.LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new Rejection(field, "pay.reward.date.invalid", text);
		}
	}

	@PostMapping("/pay/rewards/{id:\\d+}/approve")
	@PreAuthorize("hasAuthority('pay:reward:approve')")
	String approve(DataScope scope, @PathVariable long id, @RequestParam(required = false) String payMonth,
			RedirectAttributes redirect) {
		return act(id, redirect, "pay.reward.approved", () -> rewards.approve(scope, id, payMonth));
	}

	@PostMapping("/pay/rewards/{id:\\d+}/return")
	@PreAuthorize("hasAuthority('pay:reward:approve')")
	String sendBack(DataScope scope, @PathVariable long id, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return act(id, redirect, "pay.reward.returned", () -> rewards.sendBack(scope, id, note));
	}

	@GetMapping("/pay/rewards/{id:\\d+}/export")
	@PreAuthorize("hasAuthority('pay:reward:plan')")
	void export(DataScope scope, @PathVariable long id, @RequestParam(required = false) String format, Locale locale,
			HttpServletResponse response) throws IOException {
		exports.writeReward(scope, id, format, locale, response, rewards);
	}

	private String act(long id, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/pay/rewards/" + id;
	}

	private static long number(String text, String field) {
		if (text == null || !text.strip().matches("\\d{1,15}")) {
			throw new Rejection(field, "pay.number", String.valueOf(text));
		}
		return Long.parseLong(text.strip());
	}

}
