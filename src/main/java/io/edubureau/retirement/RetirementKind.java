package io.edubureau.retirement;

import java.time.YearMonth;

/**
 * How a retirement stands to the statutory month (2025 gradual-retirement reform, policy
 * rules §1): before it (flexible early, 弹性提前), in it, or after it (flexible deferral,
 * 弹性延迟).
 */
enum RetirementKind {

	EARLY, STATUTORY, DEFERRED;

	/**
	 * The kind of a retirement in this month for a person whose statutory month is given.
	 */
	static RetirementKind of(YearMonth retirement, YearMonth statutory) {
		if (retirement.isBefore(statutory)) {
			return EARLY;
		}
		return retirement.isAfter(statutory) ? DEFERRED : STATUTORY;
	}

}
