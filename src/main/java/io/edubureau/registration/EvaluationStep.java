package io.edubureau.registration;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One move of an evaluation, kept as history. */
@Entity
@Table(name = "registration_evaluation_step")
class EvaluationStep {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_seq")
	@SequenceGenerator(name = "registration_seq", sequenceName = "registration_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "evaluation_id")
	private RegistrationEvaluation evaluation;

	@Enumerated(EnumType.STRING)
	@Column(length = 10)
	private EvaluationStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private EvaluationStatus toStatus;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private RegistrationOutcome outcome;

	@Column(length = 500)
	private String comment;

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(nullable = false)
	private Instant occurredAt;

	protected EvaluationStep() {
	}

	EvaluationStep(RegistrationEvaluation evaluation, EvaluationStatus from, EvaluationStatus to,
			RegistrationOutcome outcome, String comment, String actor) {
		this.evaluation = evaluation;
		this.fromStatus = from;
		this.toStatus = to;
		this.outcome = outcome;
		this.comment = comment;
		this.actor = actor;
		this.occurredAt = Instant.now();
	}

	StepView toView() {
		return new StepView(fromStatus, toStatus, outcome, comment, actor, occurredAt);
	}

}
