package io.edubureau.cadres;

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

/** One change of a round's state, kept as its history. */
@Entity
@Table(name = "cadres_round_step")
class RoundStep {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadres_seq")
	@SequenceGenerator(name = "cadres_seq", sequenceName = "cadres_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long roundId;

	@Enumerated(EnumType.STRING)
	@Column(length = 10)
	private RoundStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private RoundStatus toStatus;

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(nullable = false)
	private Instant occurredAt;

	protected RoundStep() {
	}

	RoundStep(long roundId, RoundStatus from, RoundStatus to, String actor) {
		this.roundId = roundId;
		this.fromStatus = from;
		this.toStatus = to;
		this.actor = actor;
		this.occurredAt = Instant.now();
	}

	Views.StepView view() {
		return new Views.StepView(fromStatus, toStatus, actor, occurredAt);
	}

}
