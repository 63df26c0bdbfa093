package io.edubureau.safety;

import java.time.Instant;

/** One transition of a hazard. */
public record HazardStepView(HazardStatus from, HazardStatus to, String note, String actor, Instant occurredAt) {
}
