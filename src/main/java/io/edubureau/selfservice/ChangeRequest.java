package io.edubureau.selfservice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.edubureau.staff.Education;
import io.edubureau.staff.PoliticalStatus;
import io.edubureau.staff.SchoolTier;
import io.edubureau.staff.SelfServiceForm;

/**
 * A teacher's proposed change to their own file: submitted, returned with a comment,
 * resubmitted, and approved into the file, each step kept.
 */
@Entity
@Table(name = "staff_change_request")
class ChangeRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_change_request_seq")
	@SequenceGenerator(name = "staff_change_request_seq", sequenceName = "staff_change_request_seq",
			allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long staffId;

	// The unit the request was (re)submitted from: the review queue's scope, in its
	// query.
	private Long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private ChangeStatus status;

	@Column(length = 100)
	private String formerNames;

	@Column(length = 20)
	private String ethnicity;

	@Column(length = 50)
	private String nativePlace;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private PoliticalStatus politicalStatus;

	private LocalDate partyJoinDate;

	private LocalDate workStartDate;

	@Column(length = 20)
	private String phone;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private Education highestEducation;

	@Enumerated(EnumType.STRING)
	@Column(length = 12)
	private SchoolTier graduateSchoolTier;

	@Column(nullable = false)
	private Instant updatedAt;

	@OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
	@OrderBy("occurredAt, id")
	private List<ChangeStep> steps = new ArrayList<>();

	@Version
	private long version;

	protected ChangeRequest() {
	}

	ChangeRequest(Long staffId, Long unitId, SelfServiceForm proposal, String by) {
		this.staffId = staffId;
		this.unitId = unitId;
		propose(proposal);
		move(ChangeStatus.SUBMITTED, by, null);
	}

	/** The teacher submits again after a return. */
	void resubmit(Long unitId, SelfServiceForm proposal, String by) {
		require(ChangeStatus.RETURNED);
		this.unitId = unitId;
		propose(proposal);
		move(ChangeStatus.SUBMITTED, by, null);
	}

	/** The school returns the request with a comment saying what to fix. */
	void returnWith(String comment, String by) {
		require(ChangeStatus.SUBMITTED);
		move(ChangeStatus.RETURNED, by, comment);
	}

	/** The school approves; the caller then writes the proposal into the file. */
	void approve(String comment, String by) {
		require(ChangeStatus.SUBMITTED);
		move(ChangeStatus.APPROVED, by, comment);
	}

	void withdraw(String by) {
		if (status != ChangeStatus.SUBMITTED && status != ChangeStatus.RETURNED) {
			throw new IllegalStateException("request is " + status);
		}
		move(ChangeStatus.WITHDRAWN, by, null);
	}

	boolean isOpen() {
		return status == ChangeStatus.SUBMITTED || status == ChangeStatus.RETURNED;
	}

	private void require(ChangeStatus expected) {
		if (status != expected) {
			throw new IllegalStateException("request is " + status + ", not " + expected);
		}
	}

	private void move(ChangeStatus to, String by, String comment) {
		steps.add(new ChangeStep(this, status, to, by, comment));
		this.status = to;
		this.updatedAt = Instant.now();
	}

	private void propose(SelfServiceForm p) {
		this.formerNames = p.formerNames();
		this.ethnicity = p.ethnicity();
		this.nativePlace = p.nativePlace();
		this.politicalStatus = p.politicalStatus();
		this.partyJoinDate = p.partyJoinDate();
		this.workStartDate = p.workStartDate();
		this.phone = p.phone();
		this.highestEducation = p.highestEducation();
		this.graduateSchoolTier = p.graduateSchoolTier();
	}

	SelfServiceForm proposal() {
		return new SelfServiceForm(formerNames, ethnicity, nativePlace, politicalStatus, partyJoinDate, workStartDate,
				phone, highestEducation, graduateSchoolTier);
	}

	Long getId() {
		return id;
	}

	Long getUnitId() {
		return unitId;
	}

	Long getStaffId() {
		return staffId;
	}

	ChangeStatus getStatus() {
		return status;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	List<ChangeStep> getSteps() {
		return Collections.unmodifiableList(steps);
	}

}
