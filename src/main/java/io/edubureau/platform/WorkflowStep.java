package io.edubureau.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * What every workflow step records (who, why, when); a module's step entity (staff's
 * transfer steps, retirement's proposal steps) adds its own request and states.
 */
@MappedSuperclass
public abstract class WorkflowStep {

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(length = 500)
	private String comment;

	@Column(nullable = false)
	private Instant occurredAt;

	protected WorkflowStep() {
	}

	protected WorkflowStep(String actor, String comment) {
		this.actor = actor;
		this.comment = comment;
		this.occurredAt = Instant.now();
	}

	public String getActor() {
		return actor;
	}

	public String getComment() {
		return comment;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

}
