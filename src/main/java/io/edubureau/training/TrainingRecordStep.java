package io.edubureau.training;

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

/** One step of a training record's history. */
@Entity
@Table(name = "training_record_step")
class TrainingRecordStep {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_seq")
	@SequenceGenerator(name = "training_seq", sequenceName = "training_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "record_id")
	private TrainingRecord record;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", length = 10)
	private TrainingStatus from;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, length = 10)
	private TrainingStatus to;

	private Integer hours;

	@Column(length = 500)
	private String comment;

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(nullable = false)
	private Instant occurredAt;

	protected TrainingRecordStep() {
	}

	TrainingRecordStep(TrainingRecord record, TrainingStatus from, TrainingStatus to, Integer hours, String comment,
			String actor) {
		this.record = record;
		this.from = from;
		this.to = to;
		this.hours = hours;
		this.comment = comment;
		this.actor = actor;
		this.occurredAt = Instant.now();
	}

	TrainingStepView toView() {
		return new TrainingStepView(from, to, hours, comment, actor, occurredAt);
	}

}
