package io.edubureau.registration;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.rules.Reason;

/**
 * One teacher's evaluation in a cycle, with its reasons and history.
 *
 * @param validUntil set when a PASSED evaluation is confirmed
 */
public record EvaluationView(long id, long cycleId, String cycleName, long staffId, String staffName, long unitId,
		RegistrationKind kind, RegistrationOutcome outcome, EvaluationStatus status, LocalDate periodFrom,
		LocalDate periodTo, List<Reason> reasons, LocalDate validUntil, LocalDate confirmedOn, List<StepView> steps) {

}
