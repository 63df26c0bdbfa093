package io.edubureau.pay;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.edubureau.staff.AppraisalRecord;
import io.edubureau.staff.AppraisalResult;
import io.edubureau.staff.EthicsResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reward part of performance pay as a pure decision: the pool (rounded once), the
 * shares by grade weight in fen by the largest remainders (they always sum to the pool),
 * and who gets nothing: 不合格 (a failed ethics assessment included), the one-vote veto, no
 * appraisal; 基本合格 is the lowest grade that still shares.
 */
class PayRewardAllocationTests {

	static final int YEAR = 2025;

	static final PayCalculator.RateBook NO_RATES = new PayCalculator.RateBook(LocalDate.of(YEAR, 12, 31), List.of());

	static PayCalculator.RewardPerson person(long id, AppraisalResult result) {
		return new PayCalculator.RewardPerson(id, "P" + id,
				result == null ? null : new AppraisalRecord(YEAR, result, EthicsResult.PASSED), false, "—");
	}

	@Test
	void thePoolIsHeadcountTimesStandardTimesTheRewardShareRoundedHalfUpOnce() {
		// 3 × 12000.00 × 30% = 10800.00 yuan.
		assertThat(PayCalculator.rewardPool(3, 1_200_000, 7000)).isEqualTo(1_080_000);
		// 1.05 yuan × 30% = 31.5 fen → 32; 1.01 yuan × 30% = 30.3 fen → 30.
		assertThat(PayCalculator.rewardPool(1, 105, 7000)).isEqualTo(32);
		assertThat(PayCalculator.rewardPool(1, 101, 7000)).isEqualTo(30);
		// A basic share of 100% leaves no reward part.
		assertThat(PayCalculator.rewardPool(40, 1_200_000, 10_000)).isZero();
	}

	@Test
	void largestRemaindersGiveTheOddFenToTheLargestRemaindersAndTiesToTheFirst() {
		// 100 fen in three equal parts: 33 each and the one fen left to the first.
		assertThat(PayCalculator.largestRemainder(100, new long[] { 1, 1, 1 })).containsExactly(34, 33, 33);
		// 10 fen by 12000/10000/8000: 4, 3.333…, 2.666… → 4, 3, 3 (the larger remainder).
		assertThat(PayCalculator.largestRemainder(10, new long[] { 12000, 10000, 8000 })).containsExactly(4, 3, 3);
		// Nothing to weigh: nothing shared.
		assertThat(PayCalculator.largestRemainder(100, new long[] { 0, 0 })).containsExactly(0, 0);
		// A zero weight never takes a remaining fen.
		assertThat(PayCalculator.largestRemainder(7, new long[] { 0, 1, 1 })).containsExactly(0, 4, 3);
	}

	@Test
	void theSharesAlwaysSumToThePoolExactly() {
		Random random = new Random(18);
		for (int round = 0; round < 500; round++) {
			int n = 1 + random.nextInt(60);
			long[] weights = new long[n];
			for (int i = 0; i < n; i++) {
				weights[i] = random.nextInt(4) == 0 ? 0 : 5000 + random.nextInt(10_000);
			}
			weights[random.nextInt(n)] = 10_000;
			long pool = random.nextLong(1, 1_000_000_000L);
			long[] out = PayCalculator.largestRemainder(pool, weights);
			long sum = 0;
			long total = 0;
			for (long w : weights) {
				total += w;
			}
			for (int i = 0; i < n; i++) {
				sum += out[i];
				// Each share is its exact part rounded down, or one fen more.
				long floor = pool * weights[i] / total;
				assertThat(out[i]).isBetween(floor, floor + 1);
			}
			assertThat(sum).as("round %d", round).isEqualTo(pool);
		}
	}

	@Test
	void gradesShareByTheirWeightsAndTheExcludedGetNothingWithTheirReasons() {
		List<PayCalculator.RewardPerson> people = new ArrayList<>();
		people.add(person(1, AppraisalResult.EXCELLENT));
		people.add(person(2, AppraisalResult.COMPETENT));
		people.add(person(3, AppraisalResult.BASICALLY_COMPETENT));
		people.add(person(4, AppraisalResult.INCOMPETENT));
		people.add(person(5, null));
		people.add(new PayCalculator.RewardPerson(6, "P6",
				new AppraisalRecord(YEAR, AppraisalResult.INCOMPETENT, EthicsResult.FAILED), false, "—"));
		people.add(new PayCalculator.RewardPerson(7, "P7",
				new AppraisalRecord(YEAR, AppraisalResult.EXCELLENT, EthicsResult.PASSED), true, "2026-06-30"));
		// 7 people × 12000 yuan × 30% = 25200 yuan; weights 120 + 100 + 80 = 300.
		long pool = PayCalculator.rewardPool(people.size(), 1_200_000, 7000);
		assertThat(pool).isEqualTo(2_520_000);
		PayCalculator.RewardAllocation a = PayCalculator.allocateReward(YEAR, pool, people, NO_RATES);
		assertThat(a.allocatedFen()).isEqualTo(pool);
		assertThat(a.shares().stream().mapToLong(PayCalculator.RewardShare::amountFen).sum()).isEqualTo(pool);
		assertThat(a.shares()).extracting(PayCalculator.RewardShare::amountFen)
			.containsExactly(1_008_000L, 840_000L, 672_000L, 0L, 0L, 0L, 0L);
		assertThat(a.shares().get(0).reasons()).extracting(PayReason::key)
			.containsExactly("reward.weightDefault.EXCELLENT", "reward.share");
		// 基本合格 still shares (the boundary), 不合格 does not.
		assertThat(a.shares().get(2).weightBp()).isEqualTo(8000);
		assertThat(a.shares().get(3).reasons()).extracting(PayReason::key).containsExactly("reward.incompetent");
		assertThat(a.shares().get(3).reasons().get(0).rule()).isEqualTo(PayRule.REWARD_EXCLUDED);
		assertThat(a.shares().get(4).reasons()).extracting(PayReason::key).containsExactly("reward.noAppraisal");
		assertThat(a.shares().get(5).reasons()).extracting(PayReason::key).containsExactly("reward.incompetent");
		// An excellent appraisal does not outweigh the veto.
		assertThat(a.shares().get(6).weightBp()).isZero();
		assertThat(a.shares().get(6).reasons()).extracting(PayReason::key).containsExactly("reward.veto");
		assertThat(a.shares().get(6).reasons().get(0).rule()).isEqualTo(PayRule.ETHICS_VETO);
	}

	@Test
	void theBureausDatedWeightsReplaceTheDefaultsFromTheirDay() {
		PayRate excellent = new PayRate(PayRateKind.REWARD_WEIGHT, "EXCELLENT", 15000, LocalDate.of(YEAR, 12, 31),
				"本局绩效工资分配指导意见", "test", Instant.now());
		PayRate later = new PayRate(PayRateKind.REWARD_WEIGHT, "COMPETENT", 5000, LocalDate.of(YEAR + 1, 1, 1),
				"本局绩效工资分配指导意见", "test", Instant.now());
		PayCalculator.RateBook book = new PayCalculator.RateBook(LocalDate.of(YEAR, 12, 31), List.of(excellent, later));
		PayCalculator.RewardAllocation a = PayCalculator.allocateReward(YEAR, 2500,
				List.of(person(1, AppraisalResult.EXCELLENT), person(2, AppraisalResult.COMPETENT)), book);
		// 150 : 100 (the weight from the next year does not count yet).
		assertThat(a.shares()).extracting(PayCalculator.RewardShare::amountFen).containsExactly(1500L, 1000L);
		assertThat(a.shares().get(0).reasons().get(0).key()).isEqualTo("reward.weight.EXCELLENT");
		assertThat(a.shares().get(1).reasons().get(0).key()).isEqualTo("reward.weightDefault.COMPETENT");
	}

	@Test
	void nobodyToShareWithAllocatesNothing() {
		PayCalculator.RewardAllocation a = PayCalculator.allocateReward(YEAR, 1000,
				List.of(person(1, AppraisalResult.INCOMPETENT), person(2, null)), NO_RATES);
		assertThat(a.allocatedFen()).isZero();
		assertThat(a.shares()).allMatch(s -> s.amountFen() == 0);
	}

}
