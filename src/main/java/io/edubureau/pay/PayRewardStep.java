package io.edubureau.pay;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One transition of a reward plan: COMPUTED (with its run), SUBMITTED, APPROVED,
 * RETURNED.
 */
@Entity
@Table(name = "pay_reward_step")
class PayRewardStep {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pay_seq")
	@SequenceGenerator(name = "pay_seq", sequenceName = "pay_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private long planId;

	@Column(nullable = false, length = 12)
	private String action;

	@Column(nullable = false)
	private int runNumber;

	@Column(length = 300)
	private String note;

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(name = "at_time", nullable = false)
	private Instant at;

	protected PayRewardStep() {
	}

	PayRewardStep(PayRewardPlan plan, String action, String note, String actor, Instant at) {
		this.planId = plan.getId();
		this.action = action;
		this.runNumber = plan.getRunNumber();
		this.note = note;
		this.actor = actor;
		this.at = at;
	}

	String getAction() {
		return action;
	}

	int getRunNumber() {
		return runNumber;
	}

	String getNote() {
		return note;
	}

	String getActor() {
		return actor;
	}

	Instant getAt() {
		return at;
	}

}
