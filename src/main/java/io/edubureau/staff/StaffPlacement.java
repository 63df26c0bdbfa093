package io.edubureau.staff;

import io.edubureau.org.Stage;

/**
 * An active person as pay's month reads them: where they are and what decides whether
 * they count as a compulsory-education teacher, without the rest of the record.
 *
 * @param staffId the person
 * @param name the name
 * @param unitId the unit the person is at now
 * @param fullTimeTeacher whether a full-time teacher
 * @param stage the stage taught, or {@code null}
 */
public record StaffPlacement(long staffId, String name, long unitId, boolean fullTimeTeacher, Stage stage) {

}
