package io.edubureau.awards;

import java.time.Instant;
import java.time.LocalDate;

import io.edubureau.platform.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One transition of a studio or a mentoring pair, kept for good. */
@Entity
@Table(name = "key_teacher_studio_step")
class StudioStep {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "awards_seq")
	@SequenceGenerator(name = "awards_seq", sequenceName = "awards_seq", allocationSize = 50)
	private Long id;

	private Long studioId;

	private Long pairId;

	@Column(length = 14)
	private String fromStatus;

	@Column(nullable = false, length = 14)
	private String toStatus;

	private LocalDate onDay;

	@Column(length = 500)
	private String note;

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(nullable = false)
	private Instant at;

	protected StudioStep() {
	}

	StudioStep(Long studioId, Long pairId, String from, String to, LocalDate onDay, String note) {
		this.studioId = studioId;
		this.pairId = pairId;
		this.fromStatus = from;
		this.toStatus = to;
		this.onDay = onDay;
		this.note = note;
		this.actor = Actor.current();
		this.at = Instant.now();
	}

	Views.StepView toView() {
		return new Views.StepView(pairId, fromStatus, toStatus, onDay, note, actor, at);
	}

}
