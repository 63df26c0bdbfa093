package io.edubureau.rules;

import java.time.YearMonth;
import java.util.List;

/**
 * Statutory retirement under the 2025 gradual reform.
 *
 * @param birth birth year-month
 * @param originalAge the original statutory age (60, 55 or 50)
 * @param statutoryRetirement the month the person reaches the statutory age
 * @param statutoryAgeYears whole years of the statutory age
 * @param statutoryAgeMonths months beyond them
 * @param delayMonths months of delay the reform adds
 * @param earliestFlexible the earliest month of flexible early retirement
 * @param latestFlexible the latest month of flexible late retirement
 * @param minimumContributionMonths contribution months required in the retirement year
 * @param reasons how each figure was reached
 */
public record RetirementDecision(YearMonth birth, int originalAge, YearMonth statutoryRetirement, int statutoryAgeYears,
		int statutoryAgeMonths, int delayMonths, YearMonth earliestFlexible, YearMonth latestFlexible,
		int minimumContributionMonths, List<Reason> reasons) {
}
