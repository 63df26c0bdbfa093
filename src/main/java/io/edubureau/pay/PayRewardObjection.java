package io.edubureau.pay;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.edubureau.platform.Rejection;

/**
 * An objection to a reward plan raised during its notice (公示): who raised it, on which
 * day, what it says, and the school's answer (once; an unanswered objection holds the
 * approval).
 */
@Entity
@Table(name = "pay_reward_objection")
class PayRewardObjection {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pay_seq")
	@SequenceGenerator(name = "pay_seq", sequenceName = "pay_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private long planId;

	@Column(nullable = false)
	private LocalDate raisedOn;

	@Column(nullable = false, length = 100)
	private String raisedBy;

	@Column(nullable = false, length = 1000)
	private String content;

	@Column(nullable = false, length = 64)
	private String recordedBy;

	@Column(nullable = false)
	private Instant recordedAt;

	@Column(length = 1000)
	private String answer;

	@Column(length = 64)
	private String answeredBy;

	private Instant answeredAt;

	@Version
	private long version;

	protected PayRewardObjection() {
	}

	PayRewardObjection(long planId, LocalDate raisedOn, String raisedBy, String content, String recordedBy,
			Instant recordedAt) {
		this.planId = planId;
		this.raisedOn = raisedOn;
		this.raisedBy = raisedBy;
		this.content = content;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	void answer(String text, String actor, Instant at) {
		if (answer != null) {
			throw new Rejection("answer", "pay.reward.objection.answered");
		}
		this.answer = text;
		this.answeredBy = actor;
		this.answeredAt = at;
	}

	Long getId() {
		return id;
	}

	long getPlanId() {
		return planId;
	}

	LocalDate getRaisedOn() {
		return raisedOn;
	}

	String getRaisedBy() {
		return raisedBy;
	}

	String getContent() {
		return content;
	}

	String getRecordedBy() {
		return recordedBy;
	}

	String getAnswer() {
		return answer;
	}

	String getAnsweredBy() {
		return answeredBy;
	}

	Instant getAnsweredAt() {
		return answeredAt;
	}

}
