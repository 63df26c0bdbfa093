package io.edubureau.party;

import java.time.Instant;
import java.time.LocalDate;

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

/** One step of a pipeline with its date, kept as history. */
@Entity
@Table(name = "party_development_step")
class DevelopmentStep {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "party_seq")
	@SequenceGenerator(name = "party_seq", sequenceName = "party_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "development_id")
	private PartyDevelopment development;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private DevelopmentStepKind step;

	@Column(nullable = false)
	private LocalDate stepDate;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private DevelopmentStage fromStage;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private DevelopmentStage toStage;

	@Column(length = 500)
	private String detail;

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(nullable = false)
	private Instant occurredAt;

	protected DevelopmentStep() {
	}

	DevelopmentStep(PartyDevelopment development, DevelopmentStepKind step, LocalDate stepDate, DevelopmentStage from,
			DevelopmentStage to, String detail, String actor) {
		this.development = development;
		this.step = step;
		this.stepDate = stepDate;
		this.fromStage = from;
		this.toStage = to;
		this.detail = detail;
		this.actor = actor;
		this.occurredAt = Instant.now();
	}

	DevelopmentView.Step toView() {
		return new DevelopmentView.Step(step, stepDate, fromStage, toStage, detail, actor, occurredAt);
	}

}
