package io.edubureau.safety;

import java.util.List;

/**
 * A hazard with its transitions (oldest first), its rectifications with evidence, and how
 * its deadline was counted (empty when the inspector set the day) and where it stands in
 * the closed loop, in the request's language.
 */
record HazardDetail(HazardView hazard, List<HazardStepView> history, List<RectificationView> rectifications,
		List<String> deadlineReasons, List<String> loopReasons) {
}
