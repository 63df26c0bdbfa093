package io.edubureau.party;

import java.util.List;

import io.edubureau.rules.Reason;

/**
 * A member with unpaid months in a year up to a month: the months, the unpaid months in a
 * row up to that month, and whether they reach the lapse handling (自行脱党).
 */
record DuesArrears(long staffId, String personName, long unitId, String unitName, List<String> unpaidMonths,
		int consecutive, boolean lapse, List<Reason> reasons) {
}
