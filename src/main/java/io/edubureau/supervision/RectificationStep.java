package io.edubureau.supervision;

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

/**
 * One transition of a rectification item: who moved it, when, from where to where, and
 * why.
 */
@Entity
@Table(name = "supervision_item_step")
class RectificationStep {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supervision_seq")
	@SequenceGenerator(name = "supervision_seq", sequenceName = "supervision_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long itemId;

	@Enumerated(EnumType.STRING)
	@Column(length = 10)
	private RectificationStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private RectificationStatus toStatus;

	@Column(length = 500)
	private String note;

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(nullable = false)
	private Instant occurredAt;

	protected RectificationStep() {
	}

	RectificationStep(long itemId, RectificationStatus from, RectificationStatus to, String note, String actor) {
		this.itemId = itemId;
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
