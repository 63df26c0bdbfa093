package io.edubureau.party;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dues brackets of 中组发〔2008〕3号 at their edges: each upper amount is included in its
 * bracket (3000元以下（含3000元）), one fen more moves to the next rate.
 */
class DuesRuleTests {

	@Test
	void inServiceBracketsIncludeTheirUpperAmount() {
		assertThat(DuesRule.decide(300_000, false).basisPoints()).isEqualTo(50);
		assertThat(DuesRule.decide(300_000, false).dueFen()).isEqualTo(1_500);
		assertThat(DuesRule.decide(300_001, false).basisPoints()).isEqualTo(100);
		assertThat(DuesRule.decide(500_000, false).basisPoints()).isEqualTo(100);
		assertThat(DuesRule.decide(500_000, false).dueFen()).isEqualTo(5_000);
		assertThat(DuesRule.decide(500_001, false).basisPoints()).isEqualTo(150);
		assertThat(DuesRule.decide(1_000_000, false).basisPoints()).isEqualTo(150);
		assertThat(DuesRule.decide(1_000_000, false).dueFen()).isEqualTo(15_000);
		assertThat(DuesRule.decide(1_000_001, false).basisPoints()).isEqualTo(200);
	}

	@Test
	void retiredMembersPayHalfAPercentUpTo5000AndOnePercentAbove() {
		assertThat(DuesRule.decide(500_000, true).basisPoints()).isEqualTo(50);
		assertThat(DuesRule.decide(500_001, true).basisPoints()).isEqualTo(100);
	}

	@Test
	void duesAreRoundedHalfUpToTheFen() {
		// 4567.89 yuan at 1% is 45.6789 yuan: 45.68.
		assertThat(DuesRule.decide(456_789, false).dueFen()).isEqualTo(4_568);
		// 1234.50 yuan at 0.5% is 6.1725 yuan: 6.17.
		assertThat(DuesRule.decide(123_450, false).dueFen()).isEqualTo(617);
		assertThat(DuesRule.decide(456_789, false).reasons().get(0).args()).containsExactly("4567.89", "1", "45.68");
		assertThat(DuesRule.decide(200_000, false).reasons().get(0).args()).containsExactly("2000.00", "0.5", "10.00");
	}

}
