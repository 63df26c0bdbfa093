package io.edubureau.staff;

import java.time.LocalDate;

/**
 * An active full-time teacher as a cycle rule reads them: the unit and the dates a
 * training cycle is counted from.
 *
 * @param staffId the person
 * @param unitId the unit the person is at now
 * @param hireDate the hire date, or {@code null}
 * @param workStartDate the date the person started work, or {@code null}
 */
public record TeacherAnchor(long staffId, long unitId, LocalDate hireDate, LocalDate workStartDate) {

}
