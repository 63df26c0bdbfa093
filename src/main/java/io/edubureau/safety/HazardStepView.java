package io.edubureau.safety;

import java.time.Instant;

/** One transition of a hazard. */
record HazardStepView(HazardStatus from, HazardStatus to, String note, String actor, Instant occurredAt) {
}
