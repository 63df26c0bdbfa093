package io.edubureau.transfers;

import io.edubureau.platform.WorkflowStep;
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
class TransferStep extends WorkflowStep {

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

	protected TransferStep() {
	}

	TransferStep(TransferRequest request, TransferStatus from, TransferStatus to, String actor, String comment) {
		super(actor, comment);
		this.request = request;
		this.from = from;
		this.to = to;
	}

	TransferStepView toView() {
		return new TransferStepView(from, to, getActor(), getComment(), getOccurredAt());
	}

}
