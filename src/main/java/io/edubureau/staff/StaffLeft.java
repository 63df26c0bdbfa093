package io.edubureau.staff;

import java.time.LocalDate;

/**
 * Published when a person retires, leaves or dies ({@link StaffManagement#end} and the
 * import), within the ending transaction; listeners that act after commit see the ended
 * record.
 *
 * @param staffId the person
 * @param status RETIRED, LEFT or DECEASED
 * @param on the day of the event
 */
public record StaffLeft(long staffId, StaffStatus status, LocalDate on) {
}
