package io.edubureau.rules;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Policy rules §1: with {@code d} months from the first affected birth month to the birth
 * month, delay = {@code d < 0 ? 0 : min(d / N + 1, maxDelay)}; retirement month = birth
 * month + original age + delay. Only birth year-month matters.
 */
final class RetirementRule {

	/**
	 * Original ages the reform knows, with the first affected birth month, N, and the
	 * maximum delay.
	 */
	enum Band {

		MEN_60(60, YearMonth.of(1965, 1), 4, 36), WOMEN_55(55, YearMonth.of(1970, 1), 4, 36),
		WOMEN_50(50, YearMonth.of(1975, 1), 2, 60);

		final int age;

		final YearMonth firstAffected;

		final int monthsPerStep;

		final int maxDelay;

		Band(int age, YearMonth firstAffected, int monthsPerStep, int maxDelay) {
			this.age = age;
			this.firstAffected = firstAffected;
			this.monthsPerStep = monthsPerStep;
			this.maxDelay = maxDelay;
		}

		static Band of(int originalAge) {
			for (Band b : values()) {
				if (b.age == originalAge) {
					return b;
				}
			}
			throw new IllegalArgumentException("original age must be 60, 55 or 50");
		}

	}

	static final int FLEXIBLE_YEARS = 3;

	private RetirementRule() {
	}

	static RetirementDecision decide(YearMonth birth, int originalAge) {
		Band band = Band.of(originalAge);
		List<Reason> reasons = new ArrayList<>();
		long d = ChronoUnit.MONTHS.between(band.firstAffected, birth);
		int delay = d < 0 ? 0 : (int) Math.min(d / band.monthsPerStep + 1, band.maxDelay);
		if (d < 0) {
			reasons.add(new Reason(PolicyRule.RETIREMENT_AGE, "rules.retirement.notAffected", birth.toString(),
					band.firstAffected.toString(), originalAge));
		}
		else {
			reasons.add(new Reason(PolicyRule.RETIREMENT_AGE, "rules.retirement.delay", birth.toString(),
					band.firstAffected.toString(), d, band.monthsPerStep, band.maxDelay, delay));
		}
		YearMonth original = birth.plusYears(originalAge);
		YearMonth statutory = original.plusMonths(delay);
		reasons.add(new Reason(PolicyRule.RETIREMENT_AGE, "rules.retirement.month", originalAge, delay / 12, delay % 12,
				statutory.toString()));
		YearMonth threeEarlier = statutory.minusYears(FLEXIBLE_YEARS);
		YearMonth earliest = threeEarlier.isBefore(original) ? original : threeEarlier;
		YearMonth latest = statutory.plusYears(FLEXIBLE_YEARS);
		reasons.add(new Reason(PolicyRule.FLEXIBLE_RETIREMENT, "rules.retirement.flexible", FLEXIBLE_YEARS, originalAge,
				earliest.toString(), latest.toString()));
		int minimum = minimumContributionMonths(statutory.getYear());
		reasons.add(new Reason(PolicyRule.MINIMUM_CONTRIBUTION, "rules.retirement.contribution",
				String.valueOf(statutory.getYear()), minimum / 12, minimum % 12));
		int ageMonths = originalAge * 12 + delay;
		return new RetirementDecision(birth, originalAge, statutory, ageMonths / 12, ageMonths % 12, delay, earliest,
				latest, minimum, List.copyOf(reasons));
	}

	/**
	 * 15 years up to 2029, then 6 more months each year from 2030, at most 20 years (2039
	 * on).
	 */
	static int minimumContributionMonths(int retirementYear) {
		if (retirementYear <= 2029) {
			return 180;
		}
		return Math.min(180 + 6 * (retirementYear - 2029), 240);
	}

}
