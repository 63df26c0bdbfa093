package io.edubureau.pay;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import io.edubureau.personnelfile.SanctionKind;
import io.edubureau.personnelfile.SanctionRecord;
import io.edubureau.staff.AppraisalRecord;
import io.edubureau.staff.AppraisalResult;
import io.edubureau.staff.EthicsResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pay rules at the boundaries the policy names, without a database. */
class PayCalculatorTests {

	static final int YEAR = 2026;

	static List<AppraisalRecord> appraised(AppraisalResult result, EthicsResult ethics) {
		return List.of(new AppraisalRecord(YEAR - 1, result, ethics));
	}

	static SanctionRecord sanction(SanctionKind kind, LocalDate decided, Integer months) {
		return new SanctionRecord(1, 1, kind, decided, "县教育局", "违规", "文号", months,
				months == null ? null : SanctionRecord.lastDayOf(decided, months), null, null, "t", Instant.now());
	}

	@Test
	void competentOrBetterRaisesTheStepByOneFromFirstJanuary() {
		var excellent = PayCalculator.stepIncrease(YEAR, 20, appraised(AppraisalResult.EXCELLENT, null), List.of());
		assertThat(excellent.raised()).isTrue();
		assertThat(excellent.newStep()).isEqualTo(21);
		assertThat(excellent.reasons()).extracting(PayReason::key).contains("step.appraisal.EXCELLENT", "step.raised");
		var competent = PayCalculator.stepIncrease(YEAR, 20, appraised(AppraisalResult.COMPETENT, null), List.of());
		assertThat(competent.raised()).isTrue();
		assertThat(competent.reasons().get(competent.reasons().size() - 1).args()).containsExactly("20", "21",
				"2026-01-01");
	}

	@Test
	void belowCompetentNoAppraisalOrAFailedEthicsAssessmentWithholdIt() {
		assertThat(PayCalculator.stepIncrease(YEAR, 20, appraised(AppraisalResult.BASICALLY_COMPETENT, null), List.of())
			.raised()).isFalse();
		assertThat(
				PayCalculator.stepIncrease(YEAR, 20, appraised(AppraisalResult.INCOMPETENT, null), List.of()).raised())
			.isFalse();
		var none = PayCalculator.stepIncrease(YEAR, 20,
				List.of(new AppraisalRecord(YEAR - 2, AppraisalResult.EXCELLENT, null)), List.of());
		assertThat(none.raised()).isFalse();
		assertThat(none.reasons()).extracting(PayReason::key).containsExactly("step.noAppraisal");
		// One-vote veto: an excellent result with a failed ethics assessment counts as
		// 不合格.
		var veto = PayCalculator.stepIncrease(YEAR, 20, appraised(AppraisalResult.EXCELLENT, EthicsResult.FAILED),
				List.of());
		assertThat(veto.raised()).isFalse();
		assertThat(veto.newStep()).isEqualTo(20);
		assertThat(veto.reasons()).extracting(PayReason::rule).containsExactly(PayRule.ETHICS_VETO);
	}

	@Test
	void aSanctionWithholdsItWhileInForceOnFirstJanuaryAndNotAfterItsLastDay() {
		List<AppraisalRecord> ok = appraised(AppraisalResult.COMPETENT, null);
		// 记过 12 months decided 2025-01-02: last day 2026-01-01, in force on 1 January.
		var inForce = PayCalculator.stepIncrease(YEAR, 20, ok,
				List.of(sanction(SanctionKind.DEMERIT, LocalDate.of(2025, 1, 2), 12)));
		assertThat(inForce.raised()).isFalse();
		assertThat(inForce.reasons()).extracting(PayReason::key).contains("step.sanction.DEMERIT");
		// Decided 2025-01-01: last day 2025-12-31, over by 1 January.
		assertThat(PayCalculator
			.stepIncrease(YEAR, 20, ok, List.of(sanction(SanctionKind.DEMERIT, LocalDate.of(2025, 1, 1), 12)))
			.raised()).isTrue();
		// Disqualification from pay rises (§7) counts; other handling without a period
		// does not.
		assertThat(PayCalculator
			.stepIncrease(YEAR, 20, ok, List.of(sanction(SanctionKind.DISQUALIFICATION, LocalDate.of(2025, 6, 1), 24)))
			.raised()).isFalse();
		assertThat(PayCalculator
			.stepIncrease(YEAR, 20, ok, List.of(sanction(SanctionKind.CRITICISM, LocalDate.of(2025, 12, 1), null)))
			.raised()).isTrue();
	}

	@Test
	void theTopStepIsNotPassed() {
		assertThat(
				PayCalculator.stepIncrease(YEAR, 64, appraised(AppraisalResult.COMPETENT, null), List.of()).newStep())
			.isEqualTo(65);
		var top = PayCalculator.stepIncrease(YEAR, 65, appraised(AppraisalResult.COMPETENT, null), List.of());
		assertThat(top.raised()).isFalse();
		assertThat(top.reasons()).extracting(PayReason::key).containsExactly("step.top");
	}

	@Test
	void parityIsMetWhenEqualAndBelowByOneFen() {
		var equal = PayCalculator.parity(YEAR, 12_000_000L, 12_000_000L);
		assertThat(equal.below()).isFalse();
		assertThat(equal.gapFen()).isZero();
		assertThat(equal.reasons()).extracting(PayReason::key).containsExactly("parity.met");
		var below = PayCalculator.parity(YEAR, 11_999_999L, 12_000_000L);
		assertThat(below.below()).isTrue();
		assertThat(below.gapFen()).isEqualTo(-1);
		assertThat(below.reasons().get(0).args()).containsExactly("2026", "119999.99", "120000.00", "0.01");
		assertThat(PayCalculator.parity(YEAR, null, 12_000_000L).below()).isFalse();
		assertThat(PayCalculator.parity(YEAR, 1L, null).reasons()).extracting(PayReason::key)
			.containsExactly("parity.noCivilServants");
	}

	@Test
	void moneyIsIntegerFenRoundedHalfUpOnce() {
		assertThat(PayCalculator.divideHalfUp(5, 2)).isEqualTo(3);
		assertThat(PayCalculator.divideHalfUp(4, 3)).isEqualTo(1);
		assertThat(PayCalculator.divideHalfUp(-5, 2)).isEqualTo(-3);
		assertThat(PayCalculator.yuan(123405)).isEqualTo("1234.05");
		assertThat(PayCalculator.yuan(-50)).isEqualTo("-0.50");
		assertThat(PayCalculator.fen("2380")).contains(238000L);
		assertThat(PayCalculator.fen("2380.5")).contains(238050L);
		assertThat(PayCalculator.fen("0.1")).contains(10L);
		assertThat(PayCalculator.fen("2380.505")).isEmpty();
		assertThat(PayCalculator.fen("1e3")).isEmpty();
		// 12 months of person pay: the average is total × 12 ÷ person-months.
		assertThat(PayCalculator.annualAverage(1_000_000L, 24)).isEqualTo(500_000L);
		assertThat(PayCalculator.annualAverage(1L, 0)).isNull();
	}

	@Test
	void aMonthsLinesCarryTheirReasonsAndSumToTheGross() {
		List<PayRate> history = new ArrayList<>();
		LocalDate from = LocalDate.of(2026, 1, 1);
		history.add(rate(1, PayRateKind.POST_WAGE, "10", 238000, from));
		history.add(rate(2, PayRateKind.STEP_WAGE, "20", 121500, from));
		history.add(rate(3, PayRateKind.POST_WAGE, "10", 999900, LocalDate.of(2026, 2, 2)));
		history.add(rate(4, PayRateKind.PERFORMANCE_STANDARD, "ALL", 1_000_001, from));
		history.add(rate(5, PayRateKind.RURAL_ALLOWANCE, "TEACHING_POINT", 50000, from));
		history.add(rate(6, PayRateKind.RURAL_ALLOWANCE, "VILLAGE", 40000, from));
		history.add(rate(7, PayRateKind.TOWNSHIP_ALLOWANCE, "ALL", 35000, from));
		var book = new PayCalculator.RateBook(LocalDate.of(2026, 2, 1), history);
		List<PayCalculator.Missing> missing = new ArrayList<>();
		var lines = PayCalculator.lines(YearMonth.of(2026, 2),
				new PayCalculator.Facts(10, 20, false, false, Remoteness.TEACHING_POINT, List.of()), book, missing);
		assertThat(missing).isEmpty();
		// The February table starts on the 2nd: February is paid at January's rate.
		assertThat(lines).extracting(PayCalculator.Line::code)
			.containsExactly(PayLineCode.POST_WAGE, PayLineCode.STEP_WAGE, PayLineCode.PERFORMANCE_BASIC,
					PayLineCode.RURAL_ALLOWANCE, PayLineCode.TOWNSHIP_ALLOWANCE);
		assertThat(lines.get(0).amountFen()).isEqualTo(238000);
		// 10000.01 yuan × 70% ÷ 12 = 583.3339 → 583.33 yuan.
		assertThat(lines.get(2).amountFen()).isEqualTo(58333);
		assertThat(lines.get(3).amountFen()).isEqualTo(50000);
		assertThat(PayCalculator.gross(lines)).isEqualTo(238000 + 121500 + 58333 + 50000 + 35000);
		// An urban school gets neither allowance; a missing step wage is reported.
		var urban = PayCalculator.lines(YearMonth.of(2026, 2),
				new PayCalculator.Facts(10, 21, false, false, Remoteness.NONE, List.of()), book, missing);
		assertThat(urban).extracting(PayCalculator.Line::code)
			.containsExactly(PayLineCode.POST_WAGE, PayLineCode.PERFORMANCE_BASIC);
		assertThat(missing).containsExactly(new PayCalculator.Missing(PayRateKind.STEP_WAGE, "21"));
	}

	static PayRate rate(long id, PayRateKind kind, String code, long fen, LocalDate from) {
		PayRate r = new PayRate(kind, code, fen, from, "test", "t", Instant.now());
		org.springframework.test.util.ReflectionTestUtils.setField(r, "id", id);
		return r;
	}

}
