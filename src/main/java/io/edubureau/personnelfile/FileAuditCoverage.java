package io.edubureau.personnelfile;

/**
 * How many active people of a unit have a signed file-audit conclusion.
 *
 * @param unitId the unit
 * @param audited people with at least one conclusion
 * @param total active people
 */
public record FileAuditCoverage(long unitId, long audited, long total) {

	/** Coverage in tenths of a percent, computed with integers. */
	public long permille() {
		return total == 0 ? 0 : audited * 1000 / total;
	}

}
