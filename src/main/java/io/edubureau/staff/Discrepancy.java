package io.edubureau.staff;

/**
 * A value of a personnel file that conflicts with another.
 *
 * @param check the check that found it (message key {@code fileAudit.check.<CHECK>})
 * @param field the field in doubt
 * @param value its value
 * @param against the value it conflicts with
 * @param threshold the age the check requires, or 0
 */
public record Discrepancy(String check, String field, String value, String against, int threshold) {

	Discrepancy(FileCheck check, String field, String value, String against, int threshold) {
		this(check.name(), field, value, against, threshold);
	}

}
