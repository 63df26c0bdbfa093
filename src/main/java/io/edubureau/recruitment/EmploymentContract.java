package io.edubureau.recruitment;

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

/**
 * An employment contract (聘用合同): signed in PROBATION (or IN_FORCE without probation),
 * confirmed (转正) to IN_FORCE, then RENEWED (by a later contract that names it) or ENDED
 * with a reason; only the methods below change the status, and each refuses a transition
 * the contract's status does not allow.
 */
@Entity
@Table(name = "recruitment_contract")
class EmploymentContract {

	enum Kind {

		FIXED_TERM, TO_RETIREMENT

	}

	enum Status {

		PROBATION, IN_FORCE, RENEWED, ENDED

	}

	/** Why a contract ended; all but RETIREMENT make the person LEFT in staff. */
	enum EndReason {

		EXPIRED, RESIGNED, DISMISSED, MUTUAL, RETIREMENT

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recruitment_seq")
	@SequenceGenerator(name = "recruitment_seq", sequenceName = "recruitment_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long staffId;

	@Column(nullable = false, length = 50)
	private String staffName;

	@Column(nullable = false)
	private Long unitId;

	@Column(nullable = false, length = 400)
	private String unitPath;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Kind kind;

	@Column(nullable = false)
	private LocalDate startsOn;

	private LocalDate endsOn;

	@Enumerated(EnumType.STRING)
	@Column(length = 12)
	private PostGrade postGrade;

	@Column(nullable = false)
	private int probationMonths;

	private LocalDate probationEnd;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private Status status;

	private Long previousId;

	private LocalDate confirmedOn;

	private LocalDate endedOn;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private EndReason endReason;

	@Column(length = 200)
	private String note;

	@Column(nullable = false, length = 64)
	private String updatedBy;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected EmploymentContract() {
	}

	EmploymentContract(long staffId, String staffName, long unitId, String unitPath, Kind kind, LocalDate startsOn,
			LocalDate endsOn, PostGrade postGrade, int probationMonths, LocalDate probationEnd, Long previousId,
			String by) {
		this.staffId = staffId;
		this.staffName = staffName;
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.kind = kind;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.postGrade = postGrade;
		this.probationMonths = probationMonths;
		this.probationEnd = probationEnd;
		this.previousId = previousId;
		this.status = probationMonths > 0 ? Status.PROBATION : Status.IN_FORCE;
		touch(by);
	}

	private void touch(String by) {
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	private void require(Status... allowed) {
		for (Status s : allowed) {
			if (status == s) {
				return;
			}
		}
		throw new IllegalStateException(status.name());
	}

	/** Confirmation (转正) at the end of the probation. */
	void confirm(LocalDate on, String by) {
		require(Status.PROBATION);
		this.status = Status.IN_FORCE;
		this.confirmedOn = on;
		touch(by);
	}

	/** Replaced by a renewal from the day after this one ends. */
	void renewed(String by) {
		require(Status.IN_FORCE);
		this.status = Status.RENEWED;
		touch(by);
	}

	void end(LocalDate on, EndReason reason, String note, String by) {
		require(Status.PROBATION, Status.IN_FORCE);
		this.status = Status.ENDED;
		this.endedOn = on;
		this.endReason = reason;
		this.note = note;
		touch(by);
	}

	/** A contract as the pages and the API show it; days left counted from today. */
	record ContractView(long id, long staffId, String staffName, long unitId, Kind kind, LocalDate startsOn,
			LocalDate endsOn, PostGrade postGrade, int probationMonths, LocalDate probationEnd, Status status,
			Long previousId, LocalDate confirmedOn, LocalDate endedOn, EndReason endReason, String note,
			Long daysLeft) {
	}

	ContractView toView(Long daysLeft) {
		return new ContractView(id, staffId, staffName, unitId, kind, startsOn, endsOn, postGrade, probationMonths,
				probationEnd, status, previousId, confirmedOn, endedOn, endReason, note, daysLeft);
	}

	Long getId() {
		return id;
	}

	Long getStaffId() {
		return staffId;
	}

	String getStaffName() {
		return staffName;
	}

	Long getUnitId() {
		return unitId;
	}

	String getUnitPath() {
		return unitPath;
	}

	Kind getKind() {
		return kind;
	}

	LocalDate getStartsOn() {
		return startsOn;
	}

	LocalDate getEndsOn() {
		return endsOn;
	}

	PostGrade getPostGrade() {
		return postGrade;
	}

	LocalDate getProbationEnd() {
		return probationEnd;
	}

	Status getStatus() {
		return status;
	}

	LocalDate getEndedOn() {
		return endedOn;
	}

}
