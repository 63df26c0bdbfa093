package io.edubureau.pay;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.edubureau.personnelfile.SanctionKind;
import io.edubureau.personnelfile.SanctionRecord;
import io.edubureau.staff.AppraisalRecord;
import io.edubureau.staff.AppraisalResult;
import io.edubureau.staff.EthicsResult;

/**
 * The pay rules as pure decisions: a month's lines from the record and the rates in
 * force, the annual step increase, and the parity check. Integer fen throughout; a
 * division rounds half up to the fen, once, on the line it makes.
 */
final class PayCalculator {

	static final int MAX_POST_GRADE = 13;

	static final int MAX_STEP = 65;

	static final String ALL = "ALL";

	/** Default basic share of performance pay, 70% in basis points (国办发〔2008〕133号). */
	static final long DEFAULT_BASIC_SHARE = 7000;

	private PayCalculator() {
	}

	/** One line with its reasons. */
	record Line(PayLineCode code, long amountFen, List<PayReason> reasons) {
	}

	/**
	 * The rates in force on a day: the latest of each kind and code effective by then.
	 */
	static final class RateBook {

		private final Map<PayRateKind, Map<String, PayRate>> rates = new EnumMap<>(PayRateKind.class);

		private final LocalDate day;

		RateBook(LocalDate day, List<PayRate> history) {
			this.day = day;
			for (PayRate r : history) {
				if (r.getEffectiveFrom().isAfter(day)) {
					continue;
				}
				Map<String, PayRate> ofKind = rates.computeIfAbsent(r.getKind(), k -> new HashMap<>());
				PayRate known = ofKind.get(r.getCode());
				if (known == null || r.getEffectiveFrom().isAfter(known.getEffectiveFrom())
						|| (r.getEffectiveFrom().equals(known.getEffectiveFrom()) && r.getId() > known.getId())) {
					ofKind.put(r.getCode(), r);
				}
			}
		}

		Optional<PayRate> rate(PayRateKind kind, String code) {
			return Optional.ofNullable(rates.getOrDefault(kind, Map.of()).get(code));
		}

		LocalDate day() {
			return day;
		}

	}

	/** What a month's lines are computed from. */
	record Facts(int postGrade, int salaryStep, boolean headTeacher, boolean specialEducation, Remoteness remoteness,
			List<PayAdjustment> adjustments) {
	}

	/** A rate the month needs but no table holds on its first day. */
	record Missing(PayRateKind kind, String code) {
	}

	/** One back-pay difference: paid, due now, the difference (negative: recovered). */
	record BackLine(PayLineCode code, long paidFen, long dueFen, long differenceFen, List<PayReason> reasons) {
	}

	/**
	 * The lines a month prices from the tables; adjustments and reward are not repriced.
	 */
	static final java.util.Set<PayLineCode> REPRICED = java.util.EnumSet.of(PayLineCode.POST_WAGE,
			PayLineCode.STEP_WAGE, PayLineCode.PERFORMANCE_BASIC, PayLineCode.RURAL_ALLOWANCE,
			PayLineCode.TOWNSHIP_ALLOWANCE, PayLineCode.HEAD_TEACHER_ALLOWANCE,
			PayLineCode.SPECIAL_EDUCATION_ALLOWANCE);

	/**
	 * What a locked month paid a person, read back from its lines: post grade and step
	 * from the wage lines' reasons (or the history's entry for the month when given: a
	 * change recorded late), the head-teacher and special-education allowances from that
	 * entry when it records them (else by their lines), the remoteness class by the
	 * allowance's reason (else the unit's).
	 */
	static Facts factsPaid(List<PayLine> paid, Remoteness unitClass, PayRecordStep asOf) {
		int grade = 0;
		int step = 0;
		boolean headTeacher = false;
		boolean special = false;
		Remoteness remoteness = null;
		for (PayLine l : paid) {
			List<PayReason> rs = l.reasons();
			String key = rs.isEmpty() ? "" : rs.get(0).key();
			switch (l.getCode()) {
				case POST_WAGE -> grade = rs.isEmpty() ? 0 : Integer.parseInt(rs.get(0).args().get(0));
				case STEP_WAGE -> step = rs.isEmpty() ? 0 : Integer.parseInt(rs.get(0).args().get(0));
				case HEAD_TEACHER_ALLOWANCE -> headTeacher = true;
				case SPECIAL_EDUCATION_ALLOWANCE -> special = true;
				case RURAL_ALLOWANCE, TOWNSHIP_ALLOWANCE -> {
					int dot = key.indexOf('.');
					if (dot > 0) {
						remoteness = Remoteness.valueOf(key.substring(dot + 1));
					}
				}
				default -> {
				}
			}
		}
		if (asOf != null) {
			grade = asOf.getPostGrade();
			step = asOf.getSalaryStep();
			// The history says whether the allowance applied, paid or not (its rate may
			// be
			// recorded later with an earlier date).
			if (asOf.getHeadTeacher() != null) {
				headTeacher = asOf.getHeadTeacher();
			}
			if (asOf.getSpecialEducation() != null) {
				special = asOf.getSpecialEducation();
			}
		}
		return new Facts(grade, step, headTeacher, special, remoteness == null ? unitClass : remoteness, List.of());
	}

	/**
	 * The differences of a month: for each repriced line, due now minus paid (the month's
	 * line plus earlier back pay); equal amounts give no line.
	 */
	static List<BackLine> backPay(YearMonth month, Map<PayLineCode, Long> paid, List<Line> due) {
		Map<PayLineCode, Line> dueBy = new EnumMap<>(PayLineCode.class);
		due.forEach(l -> dueBy.put(l.code(), l));
		List<BackLine> out = new ArrayList<>();
		for (PayLineCode code : PayLineCode.values()) {
			if (!REPRICED.contains(code)) {
				continue;
			}
			long p = paid.getOrDefault(code, 0L);
			Line d = dueBy.get(code);
			long dv = d == null ? 0 : d.amountFen();
			if (p == dv) {
				continue;
			}
			List<PayReason> reasons = new ArrayList<>();
			reasons.add(new PayReason(PayRule.BACK_PAY, "back.line", month, yuan(p), yuan(dv), yuan(dv - p)));
			if (d == null) {
				reasons.add(new PayReason(PayRule.BACK_PAY, "back.notDue"));
			}
			else {
				reasons.addAll(d.reasons());
			}
			out.add(new BackLine(code, p, dv, dv - p, reasons));
		}
		return out;
	}

	/**
	 * The first month no longer paid to a person who retired, left or died on a day: the
	 * month after (the month of the event is paid in full), {@code PayRule.LEAVING}.
	 */
	static YearMonth firstUnpaidMonth(java.time.LocalDate on) {
		return YearMonth.from(on).plusMonths(1);
	}

	/**
	 * The lines of a month at the rates in force on its first day; the missing wage rates
	 * are reported, not guessed.
	 */
	static List<Line> lines(YearMonth month, Facts f, RateBook book, List<Missing> missing) {
		List<Line> lines = new ArrayList<>();
		String grade = Integer.toString(f.postGrade());
		Optional<PayRate> post = book.rate(PayRateKind.POST_WAGE, grade);
		if (post.isEmpty()) {
			missing.add(new Missing(PayRateKind.POST_WAGE, grade));
		}
		else {
			lines.add(new Line(PayLineCode.POST_WAGE, post.get().getAmountFen(),
					List.of(new PayReason(PayRule.SALARY_STRUCTURE, "postWage", f.postGrade(),
							yuan(post.get().getAmountFen()), post.get().getEffectiveFrom()))));
		}
		String step = Integer.toString(f.salaryStep());
		Optional<PayRate> stepRate = book.rate(PayRateKind.STEP_WAGE, step);
		if (stepRate.isEmpty()) {
			missing.add(new Missing(PayRateKind.STEP_WAGE, step));
		}
		else {
			lines.add(new Line(PayLineCode.STEP_WAGE, stepRate.get().getAmountFen(),
					List.of(new PayReason(PayRule.SALARY_STRUCTURE, "stepWage", f.salaryStep(),
							yuan(stepRate.get().getAmountFen()), stepRate.get().getEffectiveFrom()))));
		}
		book.rate(PayRateKind.PERFORMANCE_STANDARD, ALL).ifPresent(standard -> {
			long share = book.rate(PayRateKind.PERFORMANCE_BASIC_SHARE, ALL)
				.map(PayRate::getAmountFen)
				.orElse(DEFAULT_BASIC_SHARE);
			long monthly = divideHalfUp(standard.getAmountFen() * share, 10_000L * 12);
			lines.add(new Line(PayLineCode.PERFORMANCE_BASIC, monthly, List.of(new PayReason(PayRule.PERFORMANCE_PAY,
					"performanceBasic", yuan(standard.getAmountFen()), percent(share), yuan(monthly)))));
		});
		if (f.remoteness() != Remoteness.NONE) {
			book.rate(PayRateKind.RURAL_ALLOWANCE, f.remoteness().name())
				.ifPresent(r -> lines.add(new Line(PayLineCode.RURAL_ALLOWANCE, r.getAmountFen(),
						List.of(new PayReason(PayRule.RURAL_ALLOWANCE, "rural." + f.remoteness().name(),
								yuan(r.getAmountFen()), r.getEffectiveFrom())))));
		}
		if (f.remoteness().townshipOrBelow()) {
			book.rate(PayRateKind.TOWNSHIP_ALLOWANCE, ALL)
				.ifPresent(r -> lines.add(new Line(PayLineCode.TOWNSHIP_ALLOWANCE, r.getAmountFen(),
						List.of(new PayReason(PayRule.TOWNSHIP_ALLOWANCE, "township." + f.remoteness().name(),
								yuan(r.getAmountFen()), r.getEffectiveFrom())))));
		}
		if (f.headTeacher()) {
			book.rate(PayRateKind.HEAD_TEACHER_ALLOWANCE, ALL)
				.ifPresent(r -> lines.add(new Line(PayLineCode.HEAD_TEACHER_ALLOWANCE, r.getAmountFen(),
						List.of(new PayReason(PayRule.ALLOWANCE, "headTeacher", yuan(r.getAmountFen()),
								r.getEffectiveFrom())))));
		}
		if (f.specialEducation()) {
			book.rate(PayRateKind.SPECIAL_EDUCATION_ALLOWANCE, ALL)
				.ifPresent(r -> lines.add(new Line(PayLineCode.SPECIAL_EDUCATION_ALLOWANCE, r.getAmountFen(),
						List.of(new PayReason(PayRule.ALLOWANCE, "specialEducation", yuan(r.getAmountFen()),
								r.getEffectiveFrom())))));
		}
		for (PayAdjustment a : f.adjustments()) {
			if (a.getKind() == PayAdjustment.Kind.BACK_PAY) {
				lines.add(new Line(PayLineCode.ADJUSTMENT, a.getAmountFen(), List.of(new PayReason(PayRule.BACK_PAY,
						"backPaid", a.getNote(), yuan(a.getAmountFen()), a.getCreatedBy()))));
				continue;
			}
			if (a.getKind() == PayAdjustment.Kind.REWARD) {
				lines.add(new Line(PayLineCode.PERFORMANCE_REWARD, a.getAmountFen(),
						List.of(new PayReason(PayRule.REWARD_ALLOCATION, "rewardPaid", a.getNote(),
								yuan(a.getAmountFen()), a.getCreatedBy()))));
				continue;
			}
			lines.add(new Line(PayLineCode.ADJUSTMENT, a.getAmountFen(), List.of(new PayReason(PayRule.CORRECTION,
					"adjustment", a.getNote(), yuan(a.getAmountFen()), a.getCreatedBy()))));
		}
		return lines;
	}

	static long gross(List<Line> lines) {
		long sum = 0;
		for (Line l : lines) {
			sum = Math.addExact(sum, l.amountFen());
		}
		return sum;
	}

	// ---- the annual step increase

	/** Whether the step is raised on 1 January, and why (every reason that applies). */
	record StepDecision(boolean raised, int newStep, List<PayReason> reasons) {
	}

	/**
	 * The step of 1 January {@code year}: raised by one when the appraisal of the year
	 * before is 合格 or better, no sanction or disqualification is in force that day, the
	 * ethics assessment did not fail (one-vote veto) and the step is below the top.
	 */
	static StepDecision stepIncrease(int year, int currentStep, List<AppraisalRecord> appraisals,
			List<SanctionRecord> sanctions) {
		LocalDate on = LocalDate.of(year, 1, 1);
		int appraised = year - 1;
		List<PayReason> withheld = new ArrayList<>();
		List<PayReason> granted = new ArrayList<>();
		AppraisalRecord a = appraisals.stream().filter(x -> x.year() == appraised).findFirst().orElse(null);
		if (a == null) {
			withheld.add(new PayReason(PayRule.STEP_INCREASE, "step.noAppraisal", appraised));
		}
		else if (a.ethics() == EthicsResult.FAILED) {
			withheld.add(new PayReason(PayRule.ETHICS_VETO, "step.ethicsFailed", appraised));
		}
		else if (a.result() == AppraisalResult.EXCELLENT || a.result() == AppraisalResult.COMPETENT) {
			granted.add(new PayReason(PayRule.STEP_INCREASE, "step.appraisal." + a.result().name(), appraised));
		}
		else {
			withheld.add(new PayReason(PayRule.STEP_INCREASE, "step.appraisal." + a.result().name(), appraised));
		}
		for (SanctionRecord s : sanctions) {
			if (blocksPayRise(s.kind()) && s.inForceOn(on)) {
				LocalDate last = s.lastDay();
				withheld.add(new PayReason(PayRule.ETHICS_VETO, "step.sanction." + s.kind().name(), s.decidedOn(),
						last == null ? "—" : last.toString(), on));
			}
		}
		if (currentStep >= MAX_STEP) {
			withheld.add(new PayReason(PayRule.STEP_INCREASE, "step.top", MAX_STEP));
		}
		if (!withheld.isEmpty()) {
			return new StepDecision(false, currentStep, withheld);
		}
		granted.add(new PayReason(PayRule.STEP_INCREASE, "step.raised", currentStep, currentStep + 1, on));
		return new StepDecision(true, currentStep + 1, granted);
	}

	// 处分 with a period, dismissal, and the disqualification from pay rises (§7).
	private static boolean blocksPayRise(SanctionKind kind) {
		return kind.sanction() || kind == SanctionKind.DISQUALIFICATION;
	}

	// ---- the reward part of performance pay (奖励性绩效工资)

	/**
	 * The weight of an appraisal grade in basis points (10000 = 1.0) when the bureau has
	 * set none: a recalled default, a local parameter (rate {@code REWARD_WEIGHT}).
	 */
	static final Map<AppraisalResult, Long> DEFAULT_REWARD_WEIGHTS = Map.of(AppraisalResult.EXCELLENT, 12000L,
			AppraisalResult.COMPETENT, 10000L, AppraisalResult.BASICALLY_COMPETENT, 8000L);

	/** A person of a school's plan: the year's appraisal (or none) and the veto. */
	record RewardPerson(long staffId, String name, AppraisalRecord appraisal, boolean vetoed, String vetoUntil) {
	}

	/** One person's share, in fen, with every reason. */
	record RewardShare(long staffId, String name, AppraisalResult appraisal, long weightBp, long amountFen,
			List<PayReason> reasons) {
	}

	/**
	 * A plan's pool, what was shared out of it (all of it, or nothing) and the shares.
	 */
	record RewardAllocation(long poolFen, long allocatedFen, List<RewardShare> shares) {
	}

	/**
	 * The reward part of the year's performance pay for a headcount: headcount × standard
	 * × (1 − basic share), rounded half up to the fen once.
	 */
	static long rewardPool(int headcount, long standardFen, long basicShareBp) {
		return divideHalfUp(
				Math.multiplyExact(Math.multiplyExact((long) headcount, standardFen), 10_000L - basicShareBp), 10_000L);
	}

	/**
	 * Shares the pool by appraisal grade: 不合格 and a vetoed year get nothing, a person
	 * without the year's appraisal gets nothing; the others by their grade's weight, in
	 * fen by the largest remainders so the shares sum to the pool exactly.
	 */
	static RewardAllocation allocateReward(int year, long poolFen, List<RewardPerson> people, RateBook book) {
		List<RewardPerson> sorted = people.stream()
			.sorted(java.util.Comparator.comparingLong(RewardPerson::staffId))
			.toList();
		long[] weights = new long[sorted.size()];
		List<List<PayReason>> reasons = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			RewardPerson p = sorted.get(i);
			List<PayReason> r = new ArrayList<>();
			AppraisalRecord a = p.appraisal();
			if (p.vetoed()) {
				r.add(new PayReason(PayRule.ETHICS_VETO, "reward.veto", year, p.vetoUntil()));
			}
			if (a == null) {
				r.add(new PayReason(PayRule.REWARD_ALLOCATION, "reward.noAppraisal", year));
			}
			else if (a.result() == AppraisalResult.INCOMPETENT || a.ethics() == EthicsResult.FAILED) {
				r.add(new PayReason(PayRule.REWARD_EXCLUDED, "reward.incompetent", year));
			}
			else if (!p.vetoed()) {
				Optional<PayRate> rate = book.rate(PayRateKind.REWARD_WEIGHT, a.result().name());
				weights[i] = rate.map(PayRate::getAmountFen).orElse(DEFAULT_REWARD_WEIGHTS.get(a.result()));
				r.add(rate.isPresent()
						? new PayReason(PayRule.REWARD_ALLOCATION, "reward.weight." + a.result().name(), year,
								percent(weights[i]), rate.get().getEffectiveFrom())
						: new PayReason(PayRule.REWARD_ALLOCATION, "reward.weightDefault." + a.result().name(), year,
								percent(weights[i])));
			}
			reasons.add(r);
		}
		long total = 0;
		for (long w : weights) {
			total += w;
		}
		long[] amounts = largestRemainder(poolFen, weights);
		List<RewardShare> shares = new ArrayList<>();
		long allocated = 0;
		for (int i = 0; i < sorted.size(); i++) {
			RewardPerson p = sorted.get(i);
			List<PayReason> r = reasons.get(i);
			if (weights[i] > 0) {
				long floor = Math.multiplyExact(poolFen, weights[i]) / total;
				r.add(new PayReason(PayRule.REWARD_ALLOCATION,
						amounts[i] > floor ? "reward.shareRemainder" : "reward.share", yuan(poolFen),
						percent(weights[i]), percent(total), yuan(amounts[i])));
			}
			allocated += amounts[i];
			shares.add(new RewardShare(p.staffId(), p.name(), p.appraisal() == null ? null : p.appraisal().result(),
					weights[i], amounts[i], r));
		}
		return new RewardAllocation(poolFen, allocated, shares);
	}

	/**
	 * Largest remainders (Hamilton): each gets the floor of pool × weight ÷ total, the
	 * fen left over go one each to the largest remainders, ties to the earlier index.
	 * With no weight at all nothing is shared.
	 */
	static long[] largestRemainder(long pool, long[] weights) {
		long total = 0;
		for (long w : weights) {
			total = Math.addExact(total, w);
		}
		long[] out = new long[weights.length];
		if (total == 0 || pool == 0) {
			return out;
		}
		long[] remainder = new long[weights.length];
		long left = pool;
		for (int i = 0; i < weights.length; i++) {
			long product = Math.multiplyExact(pool, weights[i]);
			out[i] = product / total;
			remainder[i] = product % total;
			left -= out[i];
		}
		Integer[] order = new Integer[weights.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		java.util.Arrays.sort(order, (x, y) -> remainder[x] != remainder[y] ? Long.compare(remainder[y], remainder[x])
				: Integer.compare(x, y));
		for (int k = 0; k < left; k++) {
			out[order[k]]++;
		}
		return out;
	}

	// ---- the parity check

	/**
	 * Teachers' average against the civil servants' average of a year; below is a
	 * warning.
	 */
	record Parity(int year, Long teacherAverageFen, Long civilServantAverageFen, Long gapFen, boolean below,
			List<PayReason> reasons) {
	}

	/**
	 * 义务教育法 第三十一条: "不低于" — equal is met, one fen less is below. Without either average
	 * there is no verdict.
	 */
	static Parity parity(int year, Long teacherAverageFen, Long civilServantAverageFen) {
		if (teacherAverageFen == null || civilServantAverageFen == null) {
			return new Parity(year, teacherAverageFen, civilServantAverageFen, null, false,
					List.of(new PayReason(PayRule.PAY_PARITY,
							teacherAverageFen == null ? "parity.noTeachers" : "parity.noCivilServants", year)));
		}
		long gap = teacherAverageFen - civilServantAverageFen;
		boolean below = gap < 0;
		return new Parity(year, teacherAverageFen, civilServantAverageFen, gap, below,
				List.of(new PayReason(PayRule.PAY_PARITY, below ? "parity.below" : "parity.met", year,
						yuan(teacherAverageFen), yuan(civilServantAverageFen), yuan(Math.abs(gap)))));
	}

	/**
	 * The average annual pay: the year's total over the average headcount (person-months
	 * ÷ 12), rounded half up to the fen.
	 */
	static Long annualAverage(long totalFen, long personMonths) {
		if (personMonths <= 0) {
			return null;
		}
		return divideHalfUp(Math.multiplyExact(totalFen, 12L), personMonths);
	}

	// ---- money

	/** Integer division rounding half away from zero. */
	static long divideHalfUp(long numerator, long denominator) {
		long q = numerator / denominator;
		long r = numerator % denominator;
		if (Math.abs(r) * 2 >= Math.abs(denominator)) {
			q += (numerator < 0) == (denominator < 0) ? 1 : -1;
		}
		return q;
	}

	/** Fen as yuan with two decimals ("1234.05", "-0.50"), without floating point. */
	static String yuan(long fen) {
		String sign = fen < 0 ? "-" : "";
		long abs = Math.abs(fen);
		return sign + (abs / 100) + "." + String.format("%02d", abs % 100);
	}

	/** Yuan text ("1234.5", "1234.50", "1234") as fen; refuses more than two decimals. */
	static Optional<Long> fen(String yuan) {
		if (yuan == null || !yuan.strip().matches("-?\\d{1,12}(\\.\\d{1,2})?")) {
			return Optional.empty();
		}
		return Optional.of(new java.math.BigDecimal(yuan.strip()).movePointRight(2).longValueExact());
	}

	static String percent(long basisPoints) {
		return basisPoints / 100 + (basisPoints % 100 == 0 ? "" : "." + String.format("%02d", basisPoints % 100));
	}

}
