package io.edubureau.staff;

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

/** One step of a transfer request's history. */
@Entity
@Table(name = "staff_transfer_step")
class TransferStep {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_transfer_step_seq")
	@SequenceGenerator(name = "staff_transfer_step_seq", sequenceName = "staff_transfer_step_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "request_id")
	private TransferRequest request;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", length = 10)
	private TransferStatus from;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, length = 10)
	private TransferStatus to;

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(length = 500)
	private String comment;

	@Column(nullable = false)
	private Instant occurredAt;

	protected TransferStep() {
	}

	TransferStep(TransferRequest request, TransferStatus from, TransferStatus to, String actor, String comment) {
		this.request = request;
		this.from = from;
		this.to = to;
		this.actor = actor;
		this.comment = comment;
		this.occurredAt = Instant.now();
	}

	TransferStepView toView() {
		return new TransferStepView(from, to, actor, comment, occurredAt);
	}

}
