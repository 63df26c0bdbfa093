package io.edubureau.titles;

import java.time.Instant;

/** One step of a round's or an application's history. */
public record StepView(String from, String to, String actor, String note, Instant occurredAt) {
}
