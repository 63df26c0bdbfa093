package io.edubureau.supervision;

import java.time.Instant;

/** One transition of a rectification item. */
record StepView(RectificationStatus from, RectificationStatus to, String note, String actor, Instant occurredAt) {
}
