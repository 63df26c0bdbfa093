package io.edubureau.pay;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One entry of a pay record's history: what happened, from which day, and why. */
@Entity
@Table(name = "pay_record_step")
class PayRecordStep {

	enum Kind {

		ENROLLED, STEP_INCREASE, STEP_WITHHELD, CHANGED, ENDED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pay_seq")
	@SequenceGenerator(name = "pay_seq", sequenceName = "pay_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private long recordId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Kind kind;

	@Column(nullable = false)
	private LocalDate effectiveOn;

	@Column(nullable = false)
	private int postGrade;

	@Column(nullable = false)
	private int salaryStep;

	@Column(length = 2000)
	private String reasons;

	// Null on entries written before these were kept (V160_6).
	private Boolean headTeacher;

	private Boolean specialEducation;

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(name = "at_time", nullable = false)
	private Instant at;

	protected PayRecordStep() {
	}

	PayRecordStep(PayRecord record, Kind kind, LocalDate effectiveOn, java.util.List<PayReason> reasons, String actor,
			Instant at) {
		this.recordId = record.getId();
		this.kind = kind;
		this.effectiveOn = effectiveOn;
		this.postGrade = record.getPostGrade();
		this.salaryStep = record.getSalaryStep();
		this.headTeacher = record.isHeadTeacher();
		this.specialEducation = record.isSpecialEducation();
		this.reasons = PayReason.encode(reasons);
		this.actor = actor;
		this.at = at;
	}

	Boolean getHeadTeacher() {
		return headTeacher;
	}

	Boolean getSpecialEducation() {
		return specialEducation;
	}

	long getRecordId() {
		return recordId;
	}

	Kind getKind() {
		return kind;
	}

	LocalDate getEffectiveOn() {
		return effectiveOn;
	}

	int getPostGrade() {
		return postGrade;
	}

	int getSalaryStep() {
		return salaryStep;
	}

	java.util.List<PayReason> reasons() {
		return PayReason.decode(reasons);
	}

	String getActor() {
		return actor;
	}

	Instant getAt() {
		return at;
	}

}
