package io.edubureau.safety;

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

/** One transition of a hazard: who moved it, when, from where to where, and why. */
@Entity
@Table(name = "safety_hazard_step")
class HazardStep {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "safety_seq")
	@SequenceGenerator(name = "safety_seq", sequenceName = "safety_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long hazardId;

	@Enumerated(EnumType.STRING)
	@Column(length = 10)
	private HazardStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private HazardStatus toStatus;

	@Column(length = 500)
	private String note;

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(nullable = false)
	private Instant occurredAt;

	protected HazardStep() {
	}

	HazardStep(long hazardId, HazardStatus from, HazardStatus to, String note, String actor) {
		this.hazardId = hazardId;
		this.fromStatus = from;
		this.toStatus = to;
		this.note = note;
		this.actor = actor;
		this.occurredAt = Instant.now();
	}

	HazardStepView toView() {
		return new HazardStepView(fromStatus, toStatus, note, actor, occurredAt);
	}

}
