package io.edubureau.registration;

import java.time.Instant;

/** One history row of an evaluation. */
public record StepView(EvaluationStatus from, EvaluationStatus to, RegistrationOutcome outcome, String comment,
		String actor, Instant at) {

}
