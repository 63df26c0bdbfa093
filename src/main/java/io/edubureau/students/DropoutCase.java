package io.edubureau.students;

import java.time.Instant;
import java.time.LocalDate;

import io.edubureau.platform.Rejection;
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
 * A dropout control case (控辍保学): opened for a student of compulsory age who dropped out,
 * followed up by the responsible persons of school, township and village until closed
 * with an outcome; {@link #close} is its only transition.
 */
@Entity
@Table(name = "students_dropout_case")
class DropoutCase {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "students_seq")
	@SequenceGenerator(name = "students_seq", sequenceName = "students_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long studentId;

	@Column(nullable = false)
	private Long unitId;

	@Column(nullable = false, length = 400)
	private String unitPath;

	@Column(nullable = false)
	private LocalDate openedOn;

	@Column(nullable = false, length = 500)
	private String reason;

	@Column(nullable = false, length = 50)
	private String schoolHead;

	@Column(nullable = false, length = 50)
	private String townshipOfficer;

	@Column(nullable = false, length = 50)
	private String villageOfficer;

	@Column(nullable = false)
	private LocalDate deadline;

	// OPEN or CLOSED.
	@Column(nullable = false, length = 8)
	private String status;

	@Enumerated(EnumType.STRING)
	@Column(length = 14)
	private CaseOutcome outcome;

	private LocalDate closedOn;

	@Column(length = 500)
	private String note;

	@Column(nullable = false, length = 64)
	private String updatedBy;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected DropoutCase() {
	}

	DropoutCase(Student s, LocalDate openedOn, String reason, String schoolHead, String townshipOfficer,
			String villageOfficer, LocalDate deadline, String by) {
		this.studentId = s.getId();
		this.unitId = s.getUnitId();
		this.unitPath = s.getUnitPath();
		this.openedOn = openedOn;
		this.reason = reason;
		this.schoolHead = schoolHead;
		this.townshipOfficer = townshipOfficer;
		this.villageOfficer = villageOfficer;
		this.deadline = deadline;
		this.status = "OPEN";
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	boolean open() {
		return "OPEN".equals(status);
	}

	void close(CaseOutcome outcome, LocalDate on, String note, String by) {
		if (!open()) {
			throw new Rejection("status", "students.case.closed");
		}
		if (on.isBefore(openedOn)) {
			throw new Rejection("closedOn", "students.case.closedBeforeOpened", on, openedOn);
		}
		this.status = "CLOSED";
		this.outcome = outcome;
		this.closedOn = on;
		this.note = note;
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	/**
	 * Overdue on a day: past its deadline (the day after it at the earliest) and still
	 * open.
	 */
	boolean overdueOn(LocalDate day) {
		return open() && day.isAfter(deadline);
	}

	Long getId() {
		return id;
	}

	Long getStudentId() {
		return studentId;
	}

	Long getUnitId() {
		return unitId;
	}

	LocalDate getOpenedOn() {
		return openedOn;
	}

	DropoutCaseView toView(String studentName, String unitName, LocalDate today) {
		return new DropoutCaseView(id, studentId, studentName, unitId, unitName, openedOn, reason, schoolHead,
				townshipOfficer, villageOfficer, deadline, open(), outcome, closedOn, note, overdueOn(today));
	}

}
