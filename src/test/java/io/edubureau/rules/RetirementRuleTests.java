package io.edubureau.rules;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetirementRuleTests {

	@ParameterizedTest(name = "born {0}, original {1}: delay {2}, retires {3}")
	@CsvSource({
			// men 60: first affected 1965-01, one month per 4, at most 36
			"1964-12, 60, 0, 2024-12", "1965-01, 60, 1, 2025-02", "1965-04, 60, 1, 2025-05", "1965-05, 60, 2, 2025-07",
			"1976-08, 60, 35, 2039-07", "1976-09, 60, 36, 2039-09", "1990-01, 60, 36, 2053-01",
			// women cadres and professional staff 55: first affected 1970-01, one per 4,
			// at most 36
			"1969-12, 55, 0, 2024-12", "1970-01, 55, 1, 2025-02", "1981-08, 55, 35, 2039-07",
			"1981-09, 55, 36, 2039-09",
			// women workers 50: first affected 1975-01, one per 2, at most 60
			"1974-12, 50, 0, 2024-12", "1975-01, 50, 1, 2025-02", "1975-02, 50, 1, 2025-03", "1975-03, 50, 2, 2025-05",
			"1984-10, 50, 59, 2039-09", "1984-11, 50, 60, 2039-11", "1995-06, 50, 60, 2050-06" })
	void delayAndRetirementMonth(String birth, int age, int delay, String retires) {
		RetirementDecision d = RetirementRule.decide(YearMonth.parse(birth), age);
		assertThat(d.delayMonths()).isEqualTo(delay);
		assertThat(d.statutoryRetirement()).isEqualTo(YearMonth.parse(retires));
		assertThat(d.statutoryAgeYears() * 12 + d.statutoryAgeMonths()).isEqualTo(age * 12 + delay);
	}

	@Test
	void flexibleWindowNeverGoesBelowTheOriginalAge() {
		RetirementDecision d = RetirementRule.decide(YearMonth.of(1965, 1), 60);
		assertThat(d.earliestFlexible()).isEqualTo(YearMonth.of(2025, 1));
		assertThat(d.latestFlexible()).isEqualTo(YearMonth.of(2028, 2));
	}

	@Test
	void flexibleWindowIsThreeYearsEachSideWhenTheDelayAllows() {
		RetirementDecision d = RetirementRule.decide(YearMonth.of(1984, 11), 50);
		assertThat(d.statutoryRetirement()).isEqualTo(YearMonth.of(2039, 11));
		assertThat(d.earliestFlexible()).isEqualTo(YearMonth.of(2036, 11));
		assertThat(d.latestFlexible()).isEqualTo(YearMonth.of(2042, 11));
	}

	@Test
	void unaffectedPeopleMayNotRetireEarly() {
		RetirementDecision d = RetirementRule.decide(YearMonth.of(1960, 5), 60);
		assertThat(d.earliestFlexible()).isEqualTo(d.statutoryRetirement());
		assertThat(d.reasons().get(0).messageKey()).isEqualTo("rules.retirement.notAffected");
	}

	@ParameterizedTest
	@CsvSource({ "2025, 180", "2029, 180", "2030, 186", "2031, 192", "2038, 234", "2039, 240", "2040, 240" })
	void minimumContributionByRetirementYear(int year, int months) {
		assertThat(RetirementRule.minimumContributionMonths(year)).isEqualTo(months);
	}

	@Test
	void everyFigureHasItsReasonAndRule() {
		RetirementDecision d = RetirementRule.decide(YearMonth.of(1971, 3), 55);
		assertThat(d.reasons()).extracting(Reason::rule)
			.containsExactly(PolicyRule.RETIREMENT_AGE, PolicyRule.RETIREMENT_AGE, PolicyRule.FLEXIBLE_RETIREMENT,
					PolicyRule.MINIMUM_CONTRIBUTION);
		assertThat(d.reasons().get(0).args()).contains(14L, 4, 36, 4);
	}

	@Test
	void onlyTheThreeOriginalAgesExist() {
		assertThatThrownBy(() -> RetirementRule.decide(YearMonth.of(1970, 1), 58))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
