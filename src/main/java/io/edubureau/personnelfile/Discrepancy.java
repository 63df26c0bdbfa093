package io.edubureau.personnelfile;

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

	/**
	 * Where the value it conflicts with is the birth date, only its month: for roles that
	 * see identity numbers masked.
	 */
	public Discrepancy masked() {
		boolean birth = check.equals(FileCheck.WORK_START_BEFORE_16.name())
				|| check.equals(FileCheck.PARTY_JOIN_BEFORE_BIRTH_OR_FUTURE.name())
				|| check.equals(FileCheck.PARTY_JOIN_BEFORE_18.name());
		return birth && against != null && against.length() > 7
				? new Discrepancy(check, field, value, against.substring(0, 7), threshold) : this;
	}

}
