package io.edubureau.safety;

import java.time.LocalDate;
import java.util.List;

/** An inspection with its checklist results and how many hazards it found. */
record InspectionView(long id, long unitId, String unitName, InspectionKind kind, LocalDate inspectedOn,
		String inspector, String note, List<ItemResult> results, int failedItems, int hazards) {
}
