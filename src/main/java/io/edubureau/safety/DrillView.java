package io.edubureau.safety;

import java.time.LocalDate;

/** A drill held by a unit. */
record DrillView(long id, long unitId, String unitName, DrillKind kind, LocalDate heldOn, int participants,
		String note) {
}
