package io.edubureau.students;

import io.edubureau.org.Stage;

/**
 * What another module (aid) needs of a student in its scope: no identity number, no
 * guardian; the school, stage and boarding that decide a standard.
 */
public record StudentRef(long id, String name, long unitId, String unitPath, Stage stage, int grade, boolean boarder,
		StudentStatus status) {
}
