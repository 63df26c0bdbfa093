package io.edubureau.retirement;

import java.time.LocalDate;

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

/** One step of a retirement proposal's history, with the date proposed at that time. */
@Entity
@Table(name = "staff_retirement_step")
class RetirementStep extends WorkflowStep {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_retirement_step_seq")
	@SequenceGenerator(name = "staff_retirement_step_seq", sequenceName = "staff_retirement_step_seq",
			allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "request_id")
	private RetirementRequest request;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", length = 10)
	private RetirementStatus from;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, length = 10)
	private RetirementStatus to;

	private LocalDate retireOn;

	protected RetirementStep() {
	}

	RetirementStep(RetirementRequest request, RetirementStatus from, RetirementStatus to, LocalDate retireOn,
			String actor, String comment) {
		super(actor, comment);
		this.request = request;
		this.from = from;
		this.to = to;
		this.retireOn = retireOn;
	}

	RetirementStepView toView() {
		return new RetirementStepView(from, to, retireOn, getActor(), getComment(), getOccurredAt());
	}

}
