package io.edubureau.registration;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.rules.Reason;

/**
 * A teacher's registration standing on a day.
 *
 * @param staffId the person
 * @param registered whether a confirmed registration is valid on the day
 * @param validUntil the last day the registration is valid, or {@code null} if never
 * registered
 * @param lastOutcome the last confirmed outcome, or {@code null}
 * @param mayTeach {@code false} when overdue or the last confirmed outcome is FAILED
 * @param reasons why, under {@link io.edubureau.rules.PolicyRule#TEACHER_REGISTRATION}
 */
public record RegistrationStanding(long staffId, boolean registered, LocalDate validUntil,
		RegistrationOutcome lastOutcome, boolean mayTeach, List<Reason> reasons) {

}
