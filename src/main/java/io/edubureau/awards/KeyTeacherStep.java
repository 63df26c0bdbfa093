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

/** One transition of a key-teacher designation, kept for good. */
@Entity
@Table(name = "key_teacher_step")
class KeyTeacherStep {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "awards_seq")
	@SequenceGenerator(name = "awards_seq", sequenceName = "awards_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long keyTeacherId;

	@Column(length = 12)
	private String fromStatus;

	@Column(nullable = false, length = 12)
	private String toStatus;

	private LocalDate onDay;

	@Column(length = 500)
	private String note;

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(nullable = false)
	private Instant at;

	protected KeyTeacherStep() {
	}

	KeyTeacherStep(long keyTeacherId, String from, String to, LocalDate onDay, String note) {
		this.keyTeacherId = keyTeacherId;
		this.fromStatus = from;
		this.toStatus = to;
		this.onDay = onDay;
		this.note = note;
		this.actor = Actor.current();
		this.at = Instant.now();
	}

	Views.StepView toView() {
		return new Views.StepView(keyTeacherId, fromStatus, toStatus, onDay, note, actor, at);
	}

}
