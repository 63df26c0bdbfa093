package io.edubureau.pay;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.ethics.EthicsManagement;
import io.edubureau.ethics.VetoDecision;
import io.edubureau.ethics.VetoPurpose;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.ScopeKind;
import io.edubureau.pay.Views.OwnReward;
import io.edubureau.pay.Views.RewardObjectionView;
import io.edubureau.pay.Views.RewardPlanDetail;
import io.edubureau.pay.Views.RewardPlanView;
import io.edubureau.pay.Views.RewardShareView;
import io.edubureau.pay.Views.RewardStepView;
import io.edubureau.platform.Actor;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Paging;
import io.edubureau.platform.Rejection;
import io.edubureau.staff.AppraisalRecord;
import io.edubureau.staff.AppraisalResult;
import io.edubureau.rules.LocalParameter;
import io.edubureau.rules.PeriodEnd;
import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.RulesManagement;
import io.edubureau.staff.StaffManagement;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reward part of performance pay (奖励性绩效工资): a school's plan of a year shares the pool
 * (headcount × standard × reward share) by appraisal grade, is submitted (publicised to
 * the staff), approved by the bureau and paid as a line of a month not yet locked. Every
 * change is audited; reading a plan (everyone's share) is audited as a read of pay.
 */
@Service
class PayRewards {

	static final String PLAN = "pay.reward";

	static final String OBJECTION = "pay.reward.objection";

	private final PayRewardPlanRepository plans;

	private final PayRewardShareRepository shares;

	private final PayRewardStepRepository steps;

	private final PayRecordRepository records;

	private final PayRateRepository rates;

	private final PayAdjustmentRepository adjustments;

	private final PayMonthRepository months;

	private final PayManagement pay;

	private final StaffManagement staff;

	private final EthicsManagement ethics;

	private final OrgManagement org;

	private final AuditManagement audit;

	private final PayRewardObjectionRepository objections;

	private final RulesManagement rules;

	PayRewards(PayRewardPlanRepository plans, PayRewardShareRepository shares, PayRewardStepRepository steps,
			PayRecordRepository records, PayRateRepository rates, PayAdjustmentRepository adjustments,
			PayMonthRepository months, PayManagement pay, StaffManagement staff, EthicsManagement ethics,
			OrgManagement org, AuditManagement audit, PayRewardObjectionRepository objections, RulesManagement rules) {
		this.objections = objections;
		this.rules = rules;
		this.plans = plans;
		this.shares = shares;
		this.steps = steps;
		this.records = records;
		this.rates = rates;
		this.adjustments = adjustments;
		this.months = months;
		this.pay = pay;
		this.staff = staff;
		this.ethics = ethics;
		this.org = org;
		this.audit = audit;
	}

	// ---- reads

	/**
	 * Plans in scope, latest year first (a teacher sees none here: see
	 * {@link #ofPerson}).
	 */
	@Transactional(readOnly = true)
	public Page<RewardPlanView> plans(DataScope scope, Integer year, int page, int size) {
		if (year != null) {
			PayManagement.checkYear(year);
		}
		PayManagement.Filter f = pay.filter(scope);
		if (f.none()) {
			return Page.empty(Paging.request(page, size, 200));
		}
		Page<PayRewardPlan> found = plans.within(f.pathLike(), f.unitId(), year, Paging.request(page, size, 200));
		Map<Long, String> names = pay.unitNames(found.getContent().stream().map(PayRewardPlan::getUnitId).toList());
		return found.map(p -> view(p, names.getOrDefault(p.getUnitId(), "")));
	}

	/**
	 * The units in scope with people on the payroll, by name (where a plan can be made).
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> units(DataScope scope) {
		PayManagement.Filter f = pay.filter(scope);
		if (f.none()) {
			return Map.of();
		}
		Map<Long, String> names = pay.unitNames(records.unitsWith(PayRecord.Status.ACTIVE, f.pathLike(), f.unitId()));
		Map<Long, String> sorted = new LinkedHashMap<>();
		names.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue())
			.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}

	/** A plan with everyone's share and the history; audited as a read of their pay. */
	@Transactional(readOnly = true)
	public RewardPlanDetail plan(DataScope scope, long id) {
		PayRewardPlan p = visible(scope, id);
		RewardPlanDetail d = detail(p);
		pay.auditRead(scope, PLAN, id, p.getYear() + " " + d.plan().unitName(),
				List.of(new Change("people", null, Integer.toString(d.shares().size()))));
		return d;
	}

	/** A plan for its sheet; one EXPORT entry names the plan and how many people. */
	@Transactional
	public RewardPlanDetail export(DataScope scope, long id) {
		RewardPlanDetail d = detail(visible(scope, id));
		audit.record(AuditAction.EXPORT, PLAN, id, d.plan().year() + " " + d.plan().unitName(),
				List.of(new Change("people", null, Integer.toString(d.shares().size()))));
		return d;
	}

	/**
	 * A person's own shares of plans submitted or approved, latest year first; another
	 * person's amounts masked without pay:sensitive:read.
	 */
	@Transactional(readOnly = true)
	public List<OwnReward> ofPerson(DataScope scope, long staffId) {
		PayRecord r = pay.recordOf(scope, staffId);
		List<PayRewardShare> own = shares.findByStaffIdOrderByIdDesc(staffId);
		Map<Long, PayRewardPlan> byId = new HashMap<>();
		plans.findAllById(own.stream().map(PayRewardShare::getPlanId).distinct().toList())
			.forEach(p -> byId.put(p.getId(), p));
		Map<Long, String> names = pay.unitNames(byId.values().stream().map(PayRewardPlan::getUnitId).toList());
		List<OwnReward> out = new ArrayList<>();
		for (PayRewardShare s : own) {
			PayRewardPlan p = byId.get(s.getPlanId());
			if (p != null && p.getState() != PayRewardPlan.State.DRAFT && s.getRunNumber() == p.getRunNumber()) {
				out.add(new OwnReward(p.getId(), p.getYear(), p.getState(), names.getOrDefault(p.getUnitId(), ""),
						s.getAmountFen(), s.reasons(), p.getPayMonth()));
			}
		}
		out.sort(java.util.Comparator.comparingInt(OwnReward::year).reversed());
		boolean masked = PayManagement.masksAmounts(scope);
		pay.auditRead(scope, PLAN, staffId, r.getStaffName(),
				List.of(new Change("masked", null, Boolean.toString(masked))));
		return masked ? out.stream().map(OwnReward::masked).toList() : out;
	}

	// ---- the workflow

	/** A school's draft plan of a year, priced at once. */
	@Transactional
	public RewardPlanDetail create(DataScope scope, Long unitId, Integer year) {
		List<Rejection.Problem> problems = new ArrayList<>();
		if (unitId == null) {
			problems.add(new Rejection.Problem("unitId", "pay.required"));
		}
		if (year == null) {
			problems.add(new Rejection.Problem("year", "pay.required"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		PayManagement.checkYear(year);
		String path = unitPathInScope(scope, unitId);
		if (plans.findByUnitIdAndYear(unitId, year).isPresent()) {
			throw new Rejection("year", "pay.reward.exists", year);
		}
		PayRewardPlan p = plans.save(new PayRewardPlan(unitId, path, year, Actor.current(), Instant.now()));
		price(scope, p);
		audit.record(AuditAction.CREATE, PLAN, p.getId(), year + " " + unitId, Change.created(snapshot(p)));
		return detail(p);
	}

	/** Prices a draft again (appraisals or weights changed): a new run, the old kept. */
	@Transactional
	public RewardPlanDetail recompute(DataScope scope, long id) {
		PayRewardPlan p = visible(scope, id);
		Map<String, Object> before = snapshot(p);
		price(scope, p);
		audit.record(AuditAction.UPDATE, PLAN, id, Integer.toString(p.getYear()), Change.between(before, snapshot(p)));
		return detail(p);
	}

	/**
	 * The school submits its plan and posts it (公示) from the day (today when not given):
	 * the notice lasts {@code pay.rewardNoticeDays} working days not counting the day
	 * posted, ending on a working day by the holiday calendar.
	 */
	@Transactional
	public RewardPlanDetail submit(DataScope scope, long id, LocalDate noticeFrom) {
		LocalDate from = noticeFrom == null ? LocalDate.now() : noticeFrom;
		if (from.isAfter(LocalDate.now()) || from.getYear() < PayManagement.FIRST_YEAR) {
			throw new Rejection("noticeFrom", "pay.reward.notice.from", LocalDate.now());
		}
		PeriodEnd end = noticeEnd(from);
		return transition(scope, id, "SUBMITTED", from + " – " + end.due(), p -> p.submit(from, end.due()));
	}

	/** The last day of a notice posted on the day, with the counting's reasons. */
	@Transactional(readOnly = true)
	public PeriodEnd noticeEnd(LocalDate from) {
		int days = rules.parameter(LocalParameter.PAY_REWARD_NOTICE_DAYS, from).intValue();
		return rules.periodEnd(PolicyRule.PAY_REWARD_NOTICE, from, days, true);
	}

	/**
	 * Records an objection to a submitted plan raised during its notice (first and last
	 * day included): who, what, on which day (today when not given).
	 */
	@Transactional
	public RewardPlanDetail object(DataScope scope, long id, String raisedBy, String content, LocalDate raisedOn) {
		PayRewardPlan p = visible(scope, id);
		String who = raisedBy == null ? "" : raisedBy.strip();
		String what = content == null ? "" : content.strip();
		List<Rejection.Problem> problems = new ArrayList<>();
		if (who.isEmpty() || who.length() > 100) {
			problems.add(new Rejection.Problem("raisedBy", "pay.reward.objection.raisedBy.invalid"));
		}
		if (what.isEmpty() || what.length() > 1000) {
			problems.add(new Rejection.Problem("content", "pay.reward.objection.content.invalid"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		if (p.getState() != PayRewardPlan.State.SUBMITTED) {
			throw new Rejection("plan", "pay.reward.notSubmitted", p.getYear());
		}
		LocalDate on = raisedOn == null ? LocalDate.now() : raisedOn;
		if (on.isBefore(p.getNoticeFrom()) || on.isAfter(p.getNoticeUntil())) {
			throw new Rejection("raisedOn", "pay.reward.objection.outsideNotice", p.getNoticeFrom(),
					p.getNoticeUntil());
		}
		PayRewardObjection o = objections
			.saveAndFlush(new PayRewardObjection(p.getId(), on, who, what, Actor.current(), Instant.now()));
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("planId", p.getId());
		created.put("raisedOn", on);
		created.put("raisedBy", who);
		created.put("content", what);
		audit.record(AuditAction.CREATE, OBJECTION, o.getId(), p.getYear() + " #" + p.getId(), Change.created(created));
		return detail(p);
	}

	/** The school's answer to an objection of a plan in scope (once). */
	@Transactional
	public RewardPlanDetail answer(DataScope scope, long id, long objectionId, String answer) {
		PayRewardPlan p = visible(scope, id);
		PayRewardObjection o = objections.findById(objectionId)
			.filter(x -> x.getPlanId() == p.getId())
			.orElseThrow(() -> new NotFound("objection " + objectionId));
		String text = answer == null ? "" : answer.strip();
		if (text.isEmpty() || text.length() > 1000) {
			throw new Rejection("answer", "pay.reward.objection.answer.invalid");
		}
		o.answer(text, Actor.current(), Instant.now());
		objections.saveAndFlush(o);
		audit.record(AuditAction.UPDATE, OBJECTION, o.getId(), p.getYear() + " #" + p.getId(),
				List.of(new Change("answer", null, text)));
		return detail(p);
	}

	/**
	 * The bureau approves a submitted plan and pays each share in a month not yet locked.
	 */
	@Transactional
	public RewardPlanDetail approve(DataScope scope, long id, String monthText) {
		YearMonth month = PayManagement.parseMonth(monthText);
		PayRewardPlan plan = visible(scope, id);
		if (plan.getState() == PayRewardPlan.State.SUBMITTED) {
			// 公示 first: not before the notice's last day has passed, nor with an
			// objection
			// unanswered.
			if (plan.getNoticeUntil() != null && !LocalDate.now().isAfter(plan.getNoticeUntil())) {
				throw new Rejection("plan", "pay.reward.notice.running", plan.getNoticeFrom(), plan.getNoticeUntil());
			}
			long open = objections.countByPlanIdAndAnswerIsNull(plan.getId());
			if (open > 0) {
				throw new Rejection("plan", "pay.reward.objection.open", open);
			}
		}
		boolean locked = months.findByMonthCode(month.toString())
			.stream()
			.anyMatch(m -> plan.getUnitPath().startsWith(m.getOwnerPath()) && m.getState() == PayMonth.State.LOCKED);
		if (locked) {
			throw new Rejection("month", "pay.adjustment.locked", month.toString(), month.plusMonths(1).toString());
		}
		RewardPlanDetail d = transition(scope, id, "APPROVED", month.toString(), p -> p.approve(month.toString()));
		String actor = Actor.current();
		Instant now = Instant.now();
		String note = plan.getYear() + " #" + plan.getId();
		for (RewardShareView s : d.shares()) {
			if (s.amountFen() > 0) {
				adjustments.save(new PayAdjustment(PayAdjustment.Kind.REWARD, s.staffId(), plan.getUnitPath(),
						month.toString(), s.amountFen(), note, actor, now));
			}
		}
		return d;
	}

	/** The bureau returns a submitted plan to the school with a note. */
	@Transactional
	public RewardPlanDetail sendBack(DataScope scope, long id, String note) {
		String n = note == null ? "" : note.strip();
		if (n.isEmpty() || n.length() > 300) {
			throw new Rejection("note", "pay.reward.note");
		}
		return transition(scope, id, "RETURNED", n, PayRewardPlan::sendBack);
	}

	private RewardPlanDetail transition(DataScope scope, long id, String action, String note,
			java.util.function.Consumer<PayRewardPlan> change) {
		PayRewardPlan p = visible(scope, id);
		Map<String, Object> before = snapshot(p);
		change.accept(p);
		plans.saveAndFlush(p);
		steps.save(new PayRewardStep(p, action, note, Actor.current(), Instant.now()));
		List<Change> changes = new ArrayList<>(Change.between(before, snapshot(p)));
		if (note != null) {
			changes.add(new Change("note", null, note));
		}
		audit.record(AuditAction.UPDATE, PLAN, id, p.getYear() + " " + action, changes);
		return detail(p);
	}

	// ---- pricing

	private void price(DataScope scope, PayRewardPlan p) {
		int year = p.getYear();
		List<PayRecord> people = records
			.findByStatusAndUnitPathStartingWithOrderByIdAsc(PayRecord.Status.ACTIVE, p.getUnitPath())
			.stream()
			.filter(r -> r.getUnitId() == p.getUnitId())
			.toList();
		if (people.isEmpty()) {
			throw new Rejection("unitId", "pay.reward.noPeople", year);
		}
		LocalDate yearEnd = LocalDate.of(year, 12, 31);
		PayCalculator.RateBook book = new PayCalculator.RateBook(yearEnd,
				rates.findByEffectiveFromLessThanEqual(yearEnd));
		PayRate standard = book.rate(PayRateKind.PERFORMANCE_STANDARD, PayCalculator.ALL)
			.orElseThrow(() -> new Rejection("year", "pay.reward.noStandard", yearEnd));
		long basicShare = book.rate(PayRateKind.PERFORMANCE_BASIC_SHARE, PayCalculator.ALL)
			.map(PayRate::getAmountFen)
			.orElse(PayCalculator.DEFAULT_BASIC_SHARE);
		long pool = PayCalculator.rewardPool(people.size(), standard.getAmountFen(), basicShare);
		Map<Long, List<AppraisalRecord>> appraisals = staff.appraisals(scope,
				people.stream().map(PayRecord::getStaffId).toList());
		List<PayCalculator.RewardPerson> persons = new ArrayList<>();
		for (PayRecord r : people) {
			AppraisalRecord a = appraisals.getOrDefault(r.getStaffId(), List.of())
				.stream()
				.filter(x -> x.year() == year)
				.findFirst()
				.orElse(null);
			VetoDecision veto = ethics.veto(scope, r.getStaffId(), yearEnd, VetoPurpose.PAY);
			persons.add(new PayCalculator.RewardPerson(r.getStaffId(), r.getStaffName(), a, veto.blocked(),
					veto.until() == null ? "—" : veto.until().toString()));
		}
		PayCalculator.RewardAllocation allocation = PayCalculator.allocateReward(year, pool, persons, book);
		p.priced(people.size(), standard.getAmountFen(), basicShare, pool, allocation.allocatedFen());
		plans.saveAndFlush(p);
		for (PayCalculator.RewardShare s : allocation.shares()) {
			shares.save(new PayRewardShare(p, s.staffId(), s.name(),
					s.appraisal() == null ? null : s.appraisal().name(), s.weightBp(), s.amountFen(), s.reasons()));
		}
		steps.save(new PayRewardStep(p, "COMPUTED", null, Actor.current(), Instant.now()));
	}

	// ---- helpers

	private String unitPathInScope(DataScope scope, long unitId) {
		String path = org.pathOf(unitId).orElseThrow(() -> new NotFound("unit " + unitId));
		PayManagement.Filter f = pay.filter(scope);
		if (f.none() || !path.startsWith(f.pathLike().substring(0, f.pathLike().length() - 1))
				|| (f.unitId() != null && f.unitId() != unitId)) {
			throw new NotFound("unit " + unitId);
		}
		return path;
	}

	private PayRewardPlan visible(DataScope scope, long id) {
		PayRewardPlan p = plans.findById(id).orElseThrow(() -> new NotFound("reward plan " + id));
		if (scope.kind() == ScopeKind.SELF) {
			throw new NotFound("reward plan " + id);
		}
		unitPathInScope(scope, p.getUnitId());
		return p;
	}

	private RewardPlanView view(PayRewardPlan p, String unitName) {
		List<PayReason> reasons = new ArrayList<>();
		reasons.add(new PayReason(PayRule.REWARD_ALLOCATION, "reward.pool", p.getYear(), p.getHeadcount(),
				PayCalculator.yuan(p.getStandardFen()), PayCalculator.percent(10_000 - p.getBasicShareBp()),
				PayCalculator.yuan(p.getPoolFen())));
		if (p.getAllocatedFen() != p.getPoolFen()) {
			reasons.add(new PayReason(PayRule.REWARD_ALLOCATION, "reward.unallocated",
					PayCalculator.yuan(p.getPoolFen() - p.getAllocatedFen())));
		}
		return new RewardPlanView(p.getId(), p.getUnitId(), unitName, p.getYear(), p.getState(), p.getRunNumber(),
				p.getHeadcount(), p.getStandardFen(), p.getBasicShareBp(), p.getPoolFen(), p.getAllocatedFen(),
				p.getPayMonth(), p.getCreatedBy(), p.getNoticeFrom(), p.getNoticeUntil(), reasons);
	}

	private RewardPlanDetail detail(PayRewardPlan p) {
		String unitName = pay.unitNames(List.of(p.getUnitId())).getOrDefault(p.getUnitId(), "");
		List<RewardShareView> s = shares
			.findByPlanIdAndRunNumberOrderByStaffNameAscStaffIdAsc(p.getId(), p.getRunNumber())
			.stream()
			.map(x -> new RewardShareView(x.getStaffId(), x.getStaffName(),
					x.getAppraisal() == null ? null : AppraisalResult.valueOf(x.getAppraisal()), x.getWeightBp(),
					x.getAmountFen(), x.reasons()))
			.toList();
		List<RewardStepView> h = steps.findByPlanIdOrderByIdAsc(p.getId())
			.stream()
			.map(x -> new RewardStepView(x.getAction(), x.getRunNumber(), x.getNote(), x.getActor(), x.getAt()))
			.toList();
		List<RewardObjectionView> o = objections.findByPlanIdOrderByIdAsc(p.getId())
			.stream()
			.map(x -> new RewardObjectionView(x.getId(), x.getRaisedOn(), x.getRaisedBy(), x.getContent(),
					x.getRecordedBy(), x.getAnswer(), x.getAnsweredBy(), x.getAnsweredAt()))
			.toList();
		return new RewardPlanDetail(view(p, unitName), s, h, o);
	}

	private static Map<String, Object> snapshot(PayRewardPlan p) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("unitId", p.getUnitId());
		m.put("year", p.getYear());
		m.put("state", p.getState());
		m.put("run", p.getRunNumber());
		m.put("headcount", p.getHeadcount());
		m.put("poolFen", p.getPoolFen());
		m.put("allocatedFen", p.getAllocatedFen());
		m.put("payMonth", p.getPayMonth());
		m.put("noticeFrom", p.getNoticeFrom());
		m.put("noticeUntil", p.getNoticeUntil());
		return m;
	}

}
