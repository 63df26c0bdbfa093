package io.edubureau.audit;

import java.time.Instant;
import java.util.List;

/**
 * An audited change as the audit administrator sees it; sensitive values are already
 * masked.
 */
public record AuditEntryView(long id, Instant occurredAt, String actor, String ip, AuditAction action,
		String entityType, String entityId, String summary, List<Change> changes) {
}
