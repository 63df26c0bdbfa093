package io.edubureau.retirement;

import java.time.Instant;
import java.time.LocalDate;

/** One step of a retirement proposal's history. */
record RetirementStepView(RetirementStatus from, RetirementStatus to, LocalDate retireOn, String actor, String comment,
		Instant occurredAt) {
}
