package io.edubureau.party;

import java.util.List;

import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;

/**
 * The monthly dues of a member from the monthly income base (中组发〔2008〕3号), in integer
 * fen: in service 0.5% up to 3000 yuan (included), 1% up to 5000, 1.5% up to 10000, 2%
 * above; retired 0.5% up to 5000, 1% above. Rounded half up to the fen.
 */
final class DuesRule {

	private DuesRule() {
	}

	/** The rate in basis points and the dues, with the reason. */
	record Due(int basisPoints, long dueFen, List<Reason> reasons) {
	}

	static Due decide(long baseFen, boolean retired) {
		int bp;
		if (retired) {
			bp = baseFen <= 500_000 ? 50 : 100;
		}
		else if (baseFen <= 300_000) {
			bp = 50;
		}
		else if (baseFen <= 500_000) {
			bp = 100;
		}
		else if (baseFen <= 1_000_000) {
			bp = 150;
		}
		else {
			bp = 200;
		}
		long due = (baseFen * bp + 5_000) / 10_000;
		return new Due(bp, due, List.of(new Reason(PolicyRule.PARTY_DUES,
				retired ? "party.dues.rateRetired" : "party.dues.rate", yuan(baseFen), percent(bp), yuan(due))));
	}

	static String yuan(long fen) {
		return String.format("%d.%02d", fen / 100, fen % 100);
	}

	static String percent(int basisPoints) {
		return basisPoints % 100 == 0 ? Integer.toString(basisPoints / 100)
				: String.format("%d.%d", basisPoints / 100, (basisPoints % 100) / 10);
	}

}
