package io.edubureau.selfservice;

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

/** One step of a change request's history. */
@Entity
@Table(name = "staff_change_step")
class ChangeStep {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_change_step_seq")
	@SequenceGenerator(name = "staff_change_step_seq", sequenceName = "staff_change_step_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "request_id")
	private ChangeRequest request;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", length = 10)
	private ChangeStatus from;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, length = 10)
	private ChangeStatus to;

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(length = 500)
	private String comment;

	@Column(nullable = false)
	private Instant occurredAt;

	protected ChangeStep() {
	}

	ChangeStep(ChangeRequest request, ChangeStatus from, ChangeStatus to, String actor, String comment) {
		this.request = request;
		this.from = from;
		this.to = to;
		this.actor = actor;
		this.comment = comment;
		this.occurredAt = Instant.now();
	}

	ChangeStepView toView() {
		return new ChangeStepView(from, to, actor, comment, occurredAt);
	}

}
