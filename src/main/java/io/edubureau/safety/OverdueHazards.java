package io.edubureau.safety;

import java.util.List;

/** How many hazards of a scope are overdue, and the first few by deadline. */
record OverdueHazards(long total, List<HazardView> first) {
}
