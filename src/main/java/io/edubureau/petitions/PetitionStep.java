package io.edubureau.petitions;

import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One step of a petition: who moved it, on which day, from where to where, and why. */
@Entity
@Table(name = "petitions_step")
class PetitionStep {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "petitions_seq")
	@SequenceGenerator(name = "petitions_seq", sequenceName = "petitions_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long petitionId;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private PetitionStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private PetitionStatus toStatus;

	@Column(nullable = false)
	private LocalDate onDay;

	@Column(length = 1000)
	private String note;

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(nullable = false)
	private Instant occurredAt;

	protected PetitionStep() {
	}

	PetitionStep(long petitionId, PetitionStatus from, PetitionStatus to, LocalDate onDay, String note, String actor) {
		this.petitionId = petitionId;
		this.fromStatus = from;
		this.toStatus = to;
		this.onDay = onDay;
		this.note = note;
		this.actor = actor;
		this.occurredAt = Instant.now();
	}

	StepView toView() {
		return new StepView(fromStatus, toStatus, onDay, note, actor, occurredAt);
	}

	/** A step as the petition's history shows it. */
	@Schema(name = "PetitionStepView")
	record StepView(PetitionStatus from, PetitionStatus to, LocalDate onDay, String note, String actor,
			Instant occurredAt) {
	}

}
