package io.edubureau.safety;

import java.util.List;

import io.edubureau.rules.Reason;

/**
 * Whether a school held the evacuation drills its frequency asks for in every period,
 * with the reasons naming the rule and its source.
 *
 * @param intervalMonths at least one evacuation drill per this many months
 */
record SchoolDrillCompliance(long unitId, String unitName, boolean kindergarten, int intervalMonths,
		List<DrillPeriod> periods, boolean compliant, List<Reason> reasons) {
}
