package io.edubureau.audit;

import java.time.LocalDate;

/** Filters of the audit trail; every field is optional. */
public record AuditQuery(String actor, String entityType, String entityId, AuditAction action, LocalDate from,
		LocalDate to) {

	public static AuditQuery none() {
		return new AuditQuery(null, null, null, null, null, null);
	}

}
