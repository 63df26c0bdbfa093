package io.edubureau.titles;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** One step of a round's or an application's history. */
@Schema(name = "TitleStepView")
public record StepView(String from, String to, String actor, String note, Instant occurredAt) {
}
