package io.edubureau.staff;

import io.edubureau.rules.RetirementDecision;

/**
 * A person who reaches the statutory retirement age within the horizon asked for.
 *
 * @param person the person (identity number and phone as the caller may see them)
 * @param decision the rule's decision with its reasons
 */
public record UpcomingRetirement(StaffView person, RetirementDecision decision) {
}
