package io.edubureau.safety;

import java.time.LocalDate;

/** An incident as reported. */
record IncidentForm(Long unitId, IncidentKind kind, LocalDate occurredOn, LocalDate reportedOn, Integer injuries,
		String description, String handling) {
}
