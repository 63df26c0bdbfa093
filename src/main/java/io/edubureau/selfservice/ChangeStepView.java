package io.edubureau.selfservice;

import java.time.Instant;

/** A step of a change request as users see it. */
public record ChangeStepView(ChangeStatus from, ChangeStatus to, String actor, String comment, Instant at) {
}
