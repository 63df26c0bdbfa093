package io.edubureau.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One audited change; immutable once written. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
	@SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Instant occurredAt;

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(length = 64)
	private String ip;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private AuditAction action;

	@Column(nullable = false, length = 50)
	private String entityType;

	@Column(length = 64)
	private String entityId;

	@Column(length = 500)
	private String summary;

	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	private String changes;

	protected AuditEntry() {
	}

	AuditEntry(Instant occurredAt, String actor, String ip, AuditAction action, String entityType, String entityId,
			String summary, String changes) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.ip = ip;
		this.action = action;
		this.entityType = entityType;
		this.entityId = entityId;
		this.summary = summary;
		this.changes = changes;
	}

	Long getId() {
		return id;
	}

	Instant getOccurredAt() {
		return occurredAt;
	}

	String getActor() {
		return actor;
	}

	String getIp() {
		return ip;
	}

	AuditAction getAction() {
		return action;
	}

	String getEntityType() {
		return entityType;
	}

	String getEntityId() {
		return entityId;
	}

	String getSummary() {
		return summary;
	}

	String getChanges() {
		return changes;
	}

}
