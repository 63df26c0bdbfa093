package io.edubureau.cadres;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;

/**
 * The grade of a leadership team from its democratic evaluation ballots (好 / 较好 / 一般 / 差
 * on the team as a whole), rule {@code CADRE_TEAM_ASSESSMENT}: 差 when the 差 ballots reach
 * the poor share; else 好 when the 好 ballots reach the good share; else 较好 when 好 and 较好
 * together reach the fairly-good share; else 一般. Every share is of the valid ballots and
 * 以上 includes the number itself, so the comparison is in whole numbers.
 */
final class TeamGradeRule {

	private static final PolicyRule RULE = PolicyRule.CADRE_TEAM_ASSESSMENT;

	private TeamGradeRule() {
	}

	/** The bureau's thresholds in force, in basis points of the valid ballots. */
	record Thresholds(int goodBp, int fairlyGoodBp, int poorBp) {
	}

	record Decision(TeamGrade grade, BigDecimal goodShare, BigDecimal favourableShare, BigDecimal poorShare,
			List<Reason> reasons) {
	}

	static Decision decide(int good, int fairlyGood, int average, int poor, Thresholds t) {
		long valid = (long) good + fairlyGood + average + poor;
		if (valid <= 0) {
			throw new IllegalArgumentException("no valid ballots");
		}
		List<Reason> reasons = new ArrayList<>();
		BigDecimal goodShare = CadresManagement.ratio(good, valid);
		BigDecimal favourableShare = CadresManagement.ratio((long) good + fairlyGood, valid);
		BigDecimal poorShare = CadresManagement.ratio(poor, valid);
		reasons.add(new Reason(RULE, "cadres.team.reason.ballots", valid, good, fairlyGood, average, poor));
		boolean isPoor = reaches(poor, valid, t.poorBp());
		reasons.add(new Reason(RULE, isPoor ? "cadres.team.reason.poorReached" : "cadres.team.reason.poorNotReached",
				percent(poorShare), percent(t.poorBp())));
		if (isPoor) {
			return new Decision(TeamGrade.POOR, goodShare, favourableShare, poorShare, List.copyOf(reasons));
		}
		boolean isGood = reaches(good, valid, t.goodBp());
		reasons.add(new Reason(RULE, isGood ? "cadres.team.reason.goodReached" : "cadres.team.reason.goodNotReached",
				percent(goodShare), percent(t.goodBp())));
		if (isGood) {
			return new Decision(TeamGrade.GOOD, goodShare, favourableShare, poorShare, List.copyOf(reasons));
		}
		boolean isFairlyGood = reaches((long) good + fairlyGood, valid, t.fairlyGoodBp());
		reasons.add(new Reason(RULE,
				isFairlyGood ? "cadres.team.reason.fairlyGoodReached" : "cadres.team.reason.fairlyGoodNotReached",
				percent(favourableShare), percent(t.fairlyGoodBp())));
		return new Decision(isFairlyGood ? TeamGrade.FAIRLY_GOOD : TeamGrade.AVERAGE, goodShare, favourableShare,
				poorShare, List.copyOf(reasons));
	}

	// part ÷ valid ≥ bp ÷ 10000, in integers: no rounding decides a grade.
	static boolean reaches(long part, long valid, int bp) {
		return part * 10_000L >= (long) bp * valid;
	}

	private static String percent(BigDecimal share) {
		return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
	}

	private static String percent(int bp) {
		return BigDecimal.valueOf(bp, 2).stripTrailingZeros().toPlainString() + "%";
	}

}
