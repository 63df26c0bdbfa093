package io.edubureau.safety;

import java.util.List;

/** A hazard with its transitions (oldest first) and its rectifications with evidence. */
record HazardDetail(HazardView hazard, List<HazardStepView> history, List<RectificationView> rectifications) {
}
