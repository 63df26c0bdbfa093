package io.edubureau.aid;

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

/** One transition of an application: who, when, from where to where, and why. */
@Entity
@Table(name = "aid_step")
class AidStep {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "aid_seq")
	@SequenceGenerator(name = "aid_seq", sequenceName = "aid_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long applicationId;

	@Enumerated(EnumType.STRING)
	@Column(length = 16)
	private AidStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private AidStatus toStatus;

	@Column(length = 500)
	private String note;

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(nullable = false)
	private Instant occurredAt;

	protected AidStep() {
	}

	AidStep(long applicationId, AidStatus from, AidStatus to, String note, String actor) {
		this.applicationId = applicationId;
		this.fromStatus = from;
		this.toStatus = to;
		this.note = note;
		this.actor = actor;
		this.occurredAt = Instant.now();
	}

	StepView toView() {
		return new StepView(fromStatus, toStatus, note, actor, occurredAt);
	}

}
