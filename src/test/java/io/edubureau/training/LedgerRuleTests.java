package io.edubureau.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger rule at the boundaries the policy text names, with parameters given
 * directly.
 */
class LedgerRuleTests {

	static final LedgerRule.Parameters DEFAULTS = new LedgerRule.Parameters(360, 120, 0, 0, BigDecimal.TEN,
			BigDecimal.valueOf(20));

	static final LocalDate HIRED = LocalDate.of(2020, 9, 1);

	static Credit credit(TrainingLevel level, int hours, LocalDate on) {
		return new Credit(1, level,
				level == TrainingLevel.SCHOOL ? TrainingCategory.SCHOOL_BASED : TrainingCategory.CENTRALISED, hours,
				on);
	}

	@Test
	void cyclesRunInFiveYearStepsFromTheHireDate() {
		assertThat(LedgerRule.cycleStart(HIRED, LocalDate.of(2025, 8, 31))).isEqualTo(HIRED);
		assertThat(LedgerRule.cycleStart(HIRED, LocalDate.of(2025, 9, 1))).isEqualTo(LocalDate.of(2025, 9, 1));
		assertThat(LedgerRule.cycleStart(HIRED, LocalDate.of(2019, 1, 1))).isEqualTo(HIRED);
		var o = LedgerRule.decide(null, null, LocalDate.of(2026, 6, 1), List.of(), DEFAULTS);
		assertThat(o.cycleStart()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(o.cycleEnd()).isEqualTo(LocalDate.of(2030, 12, 31));
	}

	@Test
	void threeHundredFiftyNineIsShortThreeHundredSixtyIsMet() {
		LocalDate on = LocalDate.of(2024, 6, 1);
		var short359 = LedgerRule.decide(HIRED, null, on,
				List.of(credit(TrainingLevel.COUNTY, 300, LocalDate.of(2023, 1, 10)),
						credit(TrainingLevel.SCHOOL, 59, LocalDate.of(2023, 5, 10))),
				DEFAULTS);
		assertThat(short359.decision()).isEqualTo(LedgerDecision.NOT_MET);
		assertThat(short359.missing()).isEqualTo(1);
		assertThat(short359.reasons()).anyMatch(r -> r.messageKey().equals("training.reason.cycle.short"));
		var met360 = LedgerRule.decide(HIRED, null, on,
				List.of(credit(TrainingLevel.COUNTY, 300, LocalDate.of(2023, 1, 10)),
						credit(TrainingLevel.SCHOOL, 60, LocalDate.of(2023, 5, 10))),
				DEFAULTS);
		assertThat(met360.decision()).isEqualTo(LedgerDecision.MET);
		assertThat(met360.missing()).isZero();
		assertThat(met360.credits()).isEqualByComparingTo("33.0");
	}

	@Test
	void hoursOutsideTheCycleDoNotCount() {
		var o = LedgerRule.decide(HIRED, null, LocalDate.of(2026, 1, 1),
				List.of(credit(TrainingLevel.NATIONAL, 360, LocalDate.of(2025, 8, 31))), DEFAULTS);
		assertThat(o.cycleStart()).isEqualTo(LocalDate.of(2025, 9, 1));
		assertThat(o.credited()).isZero();
		assertThat(o.decision()).isEqualTo(LedgerDecision.NOT_MET);
	}

	@Test
	void probationYearNeedsOneHundredTwenty() {
		LocalDate hired = LocalDate.of(2024, 3, 1);
		LocalDate on = LocalDate.of(2025, 2, 28);
		var o119 = LedgerRule.decide(hired, null, on, List.of(credit(TrainingLevel.COUNTY, 119, on)), DEFAULTS);
		assertThat(o119.probation()).isTrue();
		assertThat(o119.decision()).isEqualTo(LedgerDecision.NOT_MET);
		var o120 = LedgerRule.decide(hired, null, on, List.of(credit(TrainingLevel.COUNTY, 120, on)), DEFAULTS);
		assertThat(o120.decision()).isEqualTo(LedgerDecision.MET);
		assertThat(o120.reasons()).anyMatch(r -> r.messageKey().equals("training.reason.probation.met"));
		// The day after the probation year the cycle rule decides again.
		var after = LedgerRule.decide(hired, null, on.plusDays(1), List.of(credit(TrainingLevel.COUNTY, 120, on)),
				DEFAULTS);
		assertThat(after.probation()).isFalse();
		assertThat(after.decision()).isEqualTo(LedgerDecision.NOT_MET);
	}

	@Test
	void countyLevelMinimumWhenSet() {
		var p = new LedgerRule.Parameters(360, 120, 0, 180, BigDecimal.TEN, BigDecimal.valueOf(20));
		LocalDate on = LocalDate.of(2024, 6, 1);
		var below = LedgerRule.decide(HIRED, null, on,
				List.of(credit(TrainingLevel.COUNTY, 179, on), credit(TrainingLevel.SCHOOL, 181, on)), p);
		assertThat(below.credited()).isEqualTo(360);
		assertThat(below.countyOrAbove()).isEqualTo(179);
		assertThat(below.decision()).isEqualTo(LedgerDecision.NOT_MET);
		assertThat(below.reasons()).anyMatch(r -> r.messageKey().equals("training.reason.county.short"));
		var at = LedgerRule.decide(HIRED, null, on,
				List.of(credit(TrainingLevel.PROVINCIAL, 180, on), credit(TrainingLevel.SCHOOL, 180, on)), p);
		assertThat(at.decision()).isEqualTo(LedgerDecision.MET);
	}

	@Test
	void annualMinimumJudgesEndedCycleYears() {
		var p = new LedgerRule.Parameters(360, 120, 72, 0, BigDecimal.TEN, BigDecimal.valueOf(20));
		LocalDate on = LocalDate.of(2022, 9, 1);
		var o = LedgerRule.decide(HIRED, null, on, List.of(credit(TrainingLevel.COUNTY, 360, LocalDate.of(2022, 5, 1))),
				p);
		// Year one (2020-09-01..2021-08-31) had none; year two had 360.
		assertThat(o.decision()).isEqualTo(LedgerDecision.NOT_MET);
		assertThat(o.reasons()).anyMatch(r -> r.messageKey().equals("training.reason.annual.short")
				&& r.args().get(0).equals(LocalDate.of(2020, 9, 1)));
	}

}
