package io.edubureau.safety;

import java.time.LocalDate;

/**
 * An incident; late when reported more than the deadline's days after it occurred.
 */
record IncidentView(long id, long unitId, String unitName, IncidentKind kind, LocalDate occurredOn,
		LocalDate reportedOn, int injuries, String description, String handling, LocalDate closedOn, int deadlineDays,
		boolean late) {
}
