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
import jakarta.persistence.Version;

import io.edubureau.platform.Rejection;

/**
 * A person's pay record: post grade and salary step with the date of the step, the
 * allowances that apply; every change goes through a method that appends a
 * {@link PayRecordStep}. Nothing is deleted: a person who leaves is ENDED.
 */
@Entity
@Table(name = "pay_record")
class PayRecord {

	enum Status {

		ACTIVE, ENDED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pay_seq")
	@SequenceGenerator(name = "pay_seq", sequenceName = "pay_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private long staffId;

	@Column(nullable = false, length = 100)
	private String staffName;

	@Column(nullable = false)
	private long unitId;

	// Copy of the unit's tree path for scope queries, kept in step by UnitMoved and at
	// compute.
	@Column(nullable = false, length = 400)
	private String unitPath;

	@Column(nullable = false)
	private int postGrade;

	@Column(nullable = false)
	private int salaryStep;

	@Column(nullable = false)
	private LocalDate stepSince;

	@Column(nullable = false)
	private boolean headTeacher;

	@Column(nullable = false)
	private boolean specialEducation;

	@Column(nullable = false)
	private boolean compulsoryTeacher;

	@Column(length = 40)
	private String bankAccount;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Status status;

	// First day of the first month not paid; months before it still pay the person.
	private LocalDate endedFrom;

	@Column(nullable = false, length = 64)
	private String createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected PayRecord() {
	}

	PayRecord(long staffId, String staffName, long unitId, String unitPath, int postGrade, int salaryStep,
			LocalDate stepSince, boolean headTeacher, boolean specialEducation, boolean compulsoryTeacher,
			String bankAccount, String createdBy, Instant createdAt) {
		this.staffId = staffId;
		this.staffName = staffName;
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.postGrade = postGrade;
		this.salaryStep = salaryStep;
		this.stepSince = stepSince;
		this.headTeacher = headTeacher;
		this.specialEducation = specialEducation;
		this.compulsoryTeacher = compulsoryTeacher;
		this.bankAccount = bankAccount;
		this.status = Status.ACTIVE;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/**
	 * The annual step: only an active record, one step up, from a date after the last.
	 */
	void raiseStep(int newStep, LocalDate on) {
		if (status != Status.ACTIVE) {
			throw new Rejection("staffId", "pay.record.ended");
		}
		if (newStep != salaryStep + 1 || newStep > PayCalculator.MAX_STEP) {
			throw new Rejection("salaryStep", "pay.record.stepOne", salaryStep, newStep);
		}
		if (!on.isAfter(stepSince)) {
			throw new Rejection("effectiveOn", "pay.record.stepDate", stepSince);
		}
		this.salaryStep = newStep;
		this.stepSince = on;
	}

	/**
	 * A dated change of grade, step or allowances (promotion, correction of an entry).
	 */
	void change(int postGrade, int salaryStep, LocalDate on, boolean headTeacher, boolean specialEducation,
			String bankAccount) {
		if (status != Status.ACTIVE) {
			throw new Rejection("staffId", "pay.record.ended");
		}
		if (salaryStep != this.salaryStep) {
			this.stepSince = on;
		}
		this.postGrade = postGrade;
		this.salaryStep = salaryStep;
		this.headTeacher = headTeacher;
		this.specialEducation = specialEducation;
		this.bankAccount = bankAccount;
	}

	void placeAt(long unitId, String unitPath, String staffName, boolean compulsoryTeacher) {
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.staffName = staffName;
		this.compulsoryTeacher = compulsoryTeacher;
	}

	/**
	 * Ends the record: months from {@code from} (a first day) no longer pay the person.
	 */
	void end(LocalDate from) {
		if (status != Status.ACTIVE) {
			throw new Rejection("staffId", "pay.record.ended");
		}
		status = Status.ENDED;
		endedFrom = from;
	}

	LocalDate getEndedFrom() {
		return endedFrom;
	}

	Long getId() {
		return id;
	}

	long getStaffId() {
		return staffId;
	}

	String getStaffName() {
		return staffName;
	}

	long getUnitId() {
		return unitId;
	}

	String getUnitPath() {
		return unitPath;
	}

	int getPostGrade() {
		return postGrade;
	}

	int getSalaryStep() {
		return salaryStep;
	}

	LocalDate getStepSince() {
		return stepSince;
	}

	boolean isHeadTeacher() {
		return headTeacher;
	}

	boolean isSpecialEducation() {
		return specialEducation;
	}

	boolean isCompulsoryTeacher() {
		return compulsoryTeacher;
	}

	String getBankAccount() {
		return bankAccount;
	}

	Status getStatus() {
		return status;
	}

}
