package io.edubureau.training;

import java.time.Instant;

/** One step of a training record's history. */
public record TrainingStepView(TrainingStatus from, TrainingStatus to, Integer hours, String comment, String actor,
		Instant occurredAt) {

}
