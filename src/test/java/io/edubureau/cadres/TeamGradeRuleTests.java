package io.edubureau.cadres;

import io.edubureau.cadres.TeamGradeRule.Thresholds;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The leadership-team grade at each threshold and one ballot below it (以上 includes the
 * number), with the defaults 好 ≥ 60%, 好+较好 ≥ 60%, 差 ≥ 30%.
 */
class TeamGradeRuleTests {

	Thresholds defaults = new Thresholds(6000, 6000, 3000);

	@Test
	void poorAtThirtyPercentExactlyAndNotOneBallotBelow() {
		assertThat(TeamGradeRule.decide(7, 0, 0, 3, defaults).grade()).isEqualTo(TeamGrade.POOR);
		assertThat(TeamGradeRule.decide(7, 0, 1, 2, defaults).grade()).isEqualTo(TeamGrade.GOOD);
		// Poor wins even when the good ballots also reach their share.
		assertThat(TeamGradeRule.decide(60, 0, 0, 40, defaults).grade()).isEqualTo(TeamGrade.POOR);
	}

	@Test
	void goodAtSixtyPercentExactlyAndNotOneBallotBelow() {
		TeamGradeRule.Decision at = TeamGradeRule.decide(6, 0, 4, 0, defaults);
		assertThat(at.grade()).isEqualTo(TeamGrade.GOOD);
		assertThat(at.goodShare()).isEqualByComparingTo("0.6");
		assertThat(at.reasons()).extracting(r -> r.messageKey())
			.containsExactly("cadres.team.reason.ballots", "cadres.team.reason.poorNotReached",
					"cadres.team.reason.goodReached");
		assertThat(TeamGradeRule.decide(5, 0, 5, 0, defaults).grade()).isEqualTo(TeamGrade.AVERAGE);
	}

	@Test
	void fairlyGoodWhenGoodAndFairlyGoodTogetherReachTheShare() {
		assertThat(TeamGradeRule.decide(3, 3, 4, 0, defaults).grade()).isEqualTo(TeamGrade.FAIRLY_GOOD);
		TeamGradeRule.Decision below = TeamGradeRule.decide(3, 2, 5, 0, defaults);
		assertThat(below.grade()).isEqualTo(TeamGrade.AVERAGE);
		assertThat(below.reasons()).last()
			.satisfies(r -> assertThat(r.messageKey()).isEqualTo("cadres.team.reason.fairlyGoodNotReached"));
	}

	@Test
	void sharesThatDoNotDivideEvenlyAreComparedInWholeNumbers() {
		// 5 of 7 is 71.4%: good; 4 of 7 is 57.1%: not.
		assertThat(TeamGradeRule.decide(5, 0, 2, 0, defaults).grade()).isEqualTo(TeamGrade.GOOD);
		assertThat(TeamGradeRule.decide(4, 0, 3, 0, defaults).grade()).isEqualTo(TeamGrade.AVERAGE);
		// 1 of 3 at a poor share of 3334 basis points: 33.33% is below it.
		assertThat(TeamGradeRule.decide(2, 0, 0, 1, new Thresholds(6000, 6000, 3334)).grade())
			.isEqualTo(TeamGrade.GOOD);
		assertThat(TeamGradeRule.decide(2, 0, 0, 1, new Thresholds(6000, 6000, 3333)).grade())
			.isEqualTo(TeamGrade.POOR);
	}

	@Test
	void noValidBallotsIsNotAGrade() {
		assertThatThrownBy(() -> TeamGradeRule.decide(0, 0, 0, 0, defaults))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
