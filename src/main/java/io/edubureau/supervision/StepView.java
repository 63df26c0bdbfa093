package io.edubureau.supervision;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** One transition of a rectification item. */
@Schema(name = "SupervisionStepView")
record StepView(RectificationStatus from, RectificationStatus to, String note, String actor, Instant occurredAt) {
}
