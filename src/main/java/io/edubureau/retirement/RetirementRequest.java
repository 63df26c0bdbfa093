package io.edubureau.retirement;

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

/**
 * A school's proposal to retire a person on a date: approved or returned by the bureau,
 * re-proposed after a return, or withdrawn; each step kept with the date it named.
 */
@Entity
@Table(name = "staff_retirement_request")
class RetirementRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_retirement_request_seq")
	@SequenceGenerator(name = "staff_retirement_request_seq", sequenceName = "staff_retirement_request_seq",
			allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long staffId;

	@Column(nullable = false)
	private Long unitId;

	@Column(nullable = false)
	private LocalDate retireOn;

	@Column(nullable = false)
	private int contributionMonths;

	@Column(length = 500)
	private String note;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private RetirementStatus status;

	// Set while open (proposed or returned): the unique index allows one open proposal
	// per person.
	private Long openStaffId;

	@Column(nullable = false, length = 64)
	private String proposedBy;

	private Instant appliedAt;

	@Column(nullable = false)
	private Instant updatedAt;

	@OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
	@OrderBy("occurredAt, id")
	private List<RetirementStep> steps = new ArrayList<>();

	@Version
	private long version;

	protected RetirementRequest() {
	}

	RetirementRequest(Long staffId, Long unitId, LocalDate retireOn, int contributionMonths, String note, String by) {
		this.staffId = staffId;
		this.unitId = unitId;
		this.proposedBy = by;
		this.openStaffId = staffId;
		propose(retireOn, contributionMonths, note, by);
	}

	/** A first proposal, or a new one after the bureau returned the last. */
	void repropose(LocalDate retireOn, int contributionMonths, String note, String by) {
		require(RetirementStatus.RETURNED);
		propose(retireOn, contributionMonths, note, by);
	}

	void approve(String comment, String by) {
		require(RetirementStatus.PROPOSED);
		openStaffId = null;
		move(RetirementStatus.APPROVED, by, comment);
	}

	void returnWith(String comment, String by) {
		require(RetirementStatus.PROPOSED);
		move(RetirementStatus.RETURNED, by, comment);
	}

	void withdraw(String comment, String by) {
		if (!isOpen()) {
			throw new IllegalStateException("proposal is " + status);
		}
		openStaffId = null;
		move(RetirementStatus.WITHDRAWN, by, comment);
	}

	/** The person's status has become RETIRED. */
	void applied() {
		if (status != RetirementStatus.APPROVED || appliedAt != null) {
			throw new IllegalStateException("proposal is " + status);
		}
		appliedAt = Instant.now();
		updatedAt = appliedAt;
	}

	boolean isOpen() {
		return status == RetirementStatus.PROPOSED || status == RetirementStatus.RETURNED;
	}

	private void propose(LocalDate retireOn, int contributionMonths, String note, String by) {
		this.retireOn = retireOn;
		this.contributionMonths = contributionMonths;
		this.note = note;
		move(RetirementStatus.PROPOSED, by, note);
	}

	private void require(RetirementStatus expected) {
		if (status != expected) {
			throw new IllegalStateException("proposal is " + status);
		}
	}

	private void move(RetirementStatus to, String by, String comment) {
		steps.add(new RetirementStep(this, status, to, retireOn, by, comment));
		this.status = to;
		this.updatedAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	Long getStaffId() {
		return staffId;
	}

	Long getUnitId() {
		return unitId;
	}

	LocalDate getRetireOn() {
		return retireOn;
	}

	int getContributionMonths() {
		return contributionMonths;
	}

	String getNote() {
		return note;
	}

	RetirementStatus getStatus() {
		return status;
	}

	String getProposedBy() {
		return proposedBy;
	}

	Instant getAppliedAt() {
		return appliedAt;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	List<RetirementStep> getSteps() {
		return Collections.unmodifiableList(steps);
	}

}
