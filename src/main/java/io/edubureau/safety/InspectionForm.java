package io.edubureau.safety;

import java.time.LocalDate;
import java.util.List;

/**
 * An inspection as entered: the unit, kind, day, who inspected and one result per item of
 * the kind's checklist.
 */
record InspectionForm(Long unitId, InspectionKind kind, LocalDate inspectedOn, String inspector, String note,
		List<ItemResult> results) {
}
