package io.edubureau.staff;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * What every workflow step records (who, why, when); transfer and retirement steps add
 * their own request and states.
 */
@MappedSuperclass
abstract class WorkflowStep {

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

	String getActor() {
		return actor;
	}

	String getComment() {
		return comment;
	}

	Instant getOccurredAt() {
		return occurredAt;
	}

}
