package io.edubureau.safety;

import java.time.LocalDate;

/**
 * A hazard and where it stands; overdue when today is after its deadline and it is not
 * closed.
 */
record HazardView(long id, long inspectionId, long unitId, String unitName, String itemCode, HazardLevel level,
		String description, String responsiblePerson, LocalDate foundOn, LocalDate deadline, HazardStatus status,
		LocalDate closedOn, boolean overdue) {
}
