package io.edubureau.titles;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One step in the history of a round or (with an application id) of an application. */
@Entity
@Table(name = "titles_step")
class TitleStep {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "titles_step_seq")
	@SequenceGenerator(name = "titles_step_seq", sequenceName = "titles_step_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long roundId;

	private Long applicationId;

	@Column(name = "from_state", length = 20)
	private String from;

	@Column(name = "to_state", nullable = false, length = 20)
	private String to;

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(length = 500)
	private String note;

	@Column(nullable = false)
	private Instant occurredAt;

	protected TitleStep() {
	}

	TitleStep(Long roundId, Long applicationId, Enum<?> from, Enum<?> to, String actor, String note) {
		this.roundId = roundId;
		this.applicationId = applicationId;
		this.from = from == null ? null : from.name();
		this.to = to.name();
		this.actor = actor;
		this.note = note;
		this.occurredAt = Instant.now();
	}

	StepView toView() {
		return new StepView(from, to, actor, note, occurredAt);
	}

}
