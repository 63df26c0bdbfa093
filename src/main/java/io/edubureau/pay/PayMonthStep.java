package io.edubureau.pay;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One transition of a payroll month: COMPUTED (with its run) or LOCKED. */
@Entity
@Table(name = "pay_month_step")
class PayMonthStep {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pay_seq")
	@SequenceGenerator(name = "pay_seq", sequenceName = "pay_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private long monthId;

	@Column(nullable = false, length = 10)
	private String action;

	@Column(nullable = false)
	private int runNumber;

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(name = "at_time", nullable = false)
	private Instant at;

	protected PayMonthStep() {
	}

	PayMonthStep(PayMonth month, String action, String actor, Instant at) {
		this.monthId = month.getId();
		this.action = action;
		this.runNumber = month.getRunNumber();
		this.actor = actor;
		this.at = at;
	}

	String getAction() {
		return action;
	}

	int getRunNumber() {
		return runNumber;
	}

	String getActor() {
		return actor;
	}

	Instant getAt() {
		return at;
	}

}
