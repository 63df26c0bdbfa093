package io.edubureau.org;

import java.time.Instant;

/** A step of a unit's status history as shown to users. */
public record UnitStatusView(UnitStatus from, UnitStatus to, String reason, String changedBy, String mergedInto,
		Instant changedAt) {
}
