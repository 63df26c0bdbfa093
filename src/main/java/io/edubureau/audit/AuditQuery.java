package io.edubureau.audit;

import java.time.LocalDate;

/**
 * Filters of the audit trail; every field is optional.
 *
 * @param kind reads of personal data only, changes only, or both ({@code null})
 */
public record AuditQuery(String actor, String entityType, String entityId, AuditAction action, LocalDate from,
		LocalDate to, Kind kind) {

	public AuditQuery(String actor, String entityType, String entityId, AuditAction action, LocalDate from,
			LocalDate to) {
		this(actor, entityType, entityId, action, from, to, null);
	}

	public static AuditQuery none() {
		return new AuditQuery(null, null, null, null, null, null);
	}

	/** Reads of personal data ({@link AuditAction#READ}) or every other entry. */
	public enum Kind {

		READS, CHANGES

	}

}
