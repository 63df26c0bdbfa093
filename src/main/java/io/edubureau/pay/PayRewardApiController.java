package io.edubureau.pay;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletResponse;

import io.edubureau.org.DataScope;
import io.edubureau.staff.AppraisalResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
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
 * The API of the reward part of performance pay: plans, shares in integer fen with their
 * reasons worded (each naming its rule and source).
 */
@RestController
@RequestMapping("/api/v1/pay")
@Tag(name = "Pay", description = "Wage tables, pay records, payroll months, adjustments, the parity check")
class PayRewardApiController {

	private final PayRewards rewards;

	private final PayExports exports;

	private final MessageSource messages;

	PayRewardApiController(PayRewards rewards, PayExports exports, MessageSource messages) {
		this.rewards = rewards;
		this.exports = exports;
		this.messages = messages;
	}

	@Schema(name = "PayRewardPlanForm")
	record PlanForm(Long unitId, Integer year) {
	}

	record ApproveForm(String payMonth) {
	}

	record ReturnForm(String note) {
	}

	/** The first day of the notice (公示); today when not given. */
	record SubmitForm(java.time.LocalDate noticeFrom) {
	}

	/** Who objects, what they say, the day raised (today when not given). */
	record ObjectionForm(String raisedBy, String content, java.time.LocalDate raisedOn) {
	}

	record AnswerForm(String answer) {
	}

	@Schema(name = "PayRewardPlan")
	record Plan(long id, long unitId, String unitName, int year, PayRewardPlan.State state, int run, int headcount,
			long standardFen, long basicShareBp, long poolFen, long allocatedFen, String payMonth,
			java.time.LocalDate noticeFrom, java.time.LocalDate noticeUntil, List<String> reasons) {
	}

	record Share(long staffId, String name, AppraisalResult appraisal, long weightBp, long amountFen,
			List<String> reasons) {
	}

	/** A plan with its shares (they sum to allocatedFen) and its history. */
	record PlanDetail(Plan plan, List<Share> shares, List<Views.RewardStepView> history,
			List<Views.RewardObjectionView> objections) {
	}

	/** amountFen null (and amounts in the reasons ***) when masked. */
	record Own(long planId, int year, PayRewardPlan.State state, String unitName, Long amountFen, List<String> reasons,
			String payMonth) {
	}

	private List<String> words(List<PayReason> reasons, Locale locale) {
		return reasons.stream().map(r -> r.words(messages, locale, true)).toList();
	}

	private Plan plan(Views.RewardPlanView p, Locale locale) {
		return new Plan(p.id(), p.unitId(), p.unitName(), p.year(), p.state(), p.run(), p.headcount(), p.standardFen(),
				p.basicShareBp(), p.poolFen(), p.allocatedFen(), p.payMonth(), p.noticeFrom(), p.noticeUntil(),
				words(p.reasons(), locale));
	}

	private PlanDetail detail(Views.RewardPlanDetail d, Locale locale) {
		return new PlanDetail(plan(d.plan(), locale),
				d.shares()
					.stream()
					.map(s -> new Share(s.staffId(), s.name(), s.appraisal(), s.weightBp(), s.amountFen(),
							words(s.reasons(), locale)))
					.toList(),
				d.history(), d.objections());
	}

	@GetMapping("/rewards")
	@PreAuthorize("hasAuthority('pay:record:read')")
	@Operation(summary = "Reward plans (奖励性绩效工资分配方案) in scope, latest year first (paged)")
	PagedModel<Plan> plans(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, DataScope scope, Locale locale) {
		return new PagedModel<>(rewards.plans(scope, year, page, size).map(p -> plan(p, locale)));
	}

	@PostMapping("/rewards")
	@PreAuthorize("hasAuthority('pay:reward:plan')")
	@Operation(
			summary = "A school's draft plan of a year: the pool (headcount × standard × reward share) shared by appraisal grade, largest remainders to the fen")
	ResponseEntity<PlanDetail> create(@RequestBody PlanForm form, DataScope scope, Locale locale) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(detail(rewards.create(scope, form.unitId(), form.year()), locale));
	}

	@GetMapping("/rewards/{id:\\d+}")
	@PreAuthorize("hasAuthority('pay:record:read')")
	@Operation(summary = "A plan with everyone's share and reasons, and its history (a read of their pay, audited)")
	PlanDetail plan(@PathVariable long id, DataScope scope, Locale locale) {
		return detail(rewards.plan(scope, id), locale);
	}

	@PostMapping("/rewards/{id:\\d+}/recompute")
	@PreAuthorize("hasAuthority('pay:reward:plan')")
	@Operation(summary = "Price a draft again (a new run; the earlier shares kept)")
	PlanDetail recompute(@PathVariable long id, DataScope scope, Locale locale) {
		return detail(rewards.recompute(scope, id), locale);
	}

	@PostMapping("/rewards/{id:\\d+}/submit")
	@PreAuthorize("hasAuthority('pay:reward:plan')")
	@Operation(
			summary = "The school submits its draft and posts it (公示) from noticeFrom (today if absent) for pay.rewardNoticeDays working days; nothing to share is refused")
	PlanDetail submit(@PathVariable long id, @RequestBody(required = false) SubmitForm form, DataScope scope,
			Locale locale) {
		return detail(rewards.submit(scope, id, form == null ? null : form.noticeFrom()), locale);
	}

	@PostMapping("/rewards/{id:\\d+}/objections")
	@PreAuthorize("hasAuthority('pay:reward:plan')")
	@Operation(summary = "Records an objection raised during the plan's notice (who, what, the day)")
	ResponseEntity<PlanDetail> object(@PathVariable long id, @RequestBody ObjectionForm form, DataScope scope,
			Locale locale) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(detail(rewards.object(scope, id, form.raisedBy(), form.content(), form.raisedOn()), locale));
	}

	@PostMapping("/rewards/{id:\\d+}/objections/{objectionId:\\d+}/answer")
	@PreAuthorize("hasAuthority('pay:reward:plan')")
	@Operation(summary = "The school's answer to an objection (once); approval waits for every answer")
	PlanDetail answer(@PathVariable long id, @PathVariable long objectionId, @RequestBody AnswerForm form,
			DataScope scope, Locale locale) {
		return detail(rewards.answer(scope, id, objectionId, form.answer()), locale);
	}

	@PostMapping("/rewards/{id:\\d+}/approve")
	@PreAuthorize("hasAuthority('pay:reward:approve')")
	@Operation(
			summary = "The bureau approves a submitted plan after its notice, every objection answered; each share is paid in payMonth (not locked)")
	PlanDetail approve(@PathVariable long id, @RequestBody ApproveForm form, DataScope scope, Locale locale) {
		return detail(rewards.approve(scope, id, form.payMonth()), locale);
	}

	@PostMapping("/rewards/{id:\\d+}/return")
	@PreAuthorize("hasAuthority('pay:reward:approve')")
	@Operation(summary = "The bureau returns a submitted plan to the school as a draft, with a note")
	PlanDetail sendBack(@PathVariable long id, @RequestBody ReturnForm form, DataScope scope, Locale locale) {
		return detail(rewards.sendBack(scope, id, form.note()), locale);
	}

	@GetMapping("/rewards/{id:\\d+}/export")
	@PreAuthorize("hasAuthority('pay:reward:plan')")
	@Operation(summary = "A plan as .xlsx (or csv): each person's grade, weight, share in yuan and reasons (audited)")
	void export(@PathVariable long id, @RequestParam(required = false) String format, DataScope scope, Locale locale,
			HttpServletResponse response) throws IOException {
		exports.writeReward(scope, id, format, locale, response, rewards);
	}

	@GetMapping("/staff/{staffId:\\d+}/rewards")
	@PreAuthorize("hasAnyAuthority('pay:record:read','pay:self:read')")
	@Operation(
			summary = "A person's shares of plans submitted or approved, with reasons (another person's amounts null without pay:sensitive:read)")
	List<Own> own(@PathVariable long staffId, DataScope scope, Locale locale) {
		return rewards.ofPerson(scope, staffId)
			.stream()
			.map(o -> new Own(o.planId(), o.year(), o.state(), o.unitName(), o.amountFen(), words(o.reasons(), locale),
					o.payMonth()))
			.toList();
	}

}
