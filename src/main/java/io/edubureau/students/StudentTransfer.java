package io.edubureau.students;

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
 * A transfer between two schools: the sending school requests, the receiving school
 * decides.
 */
@Entity
@Table(name = "students_transfer")
class StudentTransfer {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "students_seq")
	@SequenceGenerator(name = "students_seq", sequenceName = "students_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long studentId;

	@Column(nullable = false)
	private Long fromUnitId;

	@Column(nullable = false, length = 400)
	private String fromPath;

	@Column(nullable = false)
	private Long toUnitId;

	@Column(nullable = false, length = 400)
	private String toPath;

	@Column(nullable = false)
	private LocalDate requestedOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private StudentTransferStatus status;

	private LocalDate decidedOn;

	@Column(length = 500)
	private String note;

	@Column(nullable = false, length = 64)
	private String requestedBy;

	@Column(length = 64)
	private String decidedBy;

	@Version
	private long version;

	protected StudentTransfer() {
	}

	StudentTransfer(Student s, long toUnitId, String toPath, LocalDate on, String note, String by) {
		this.studentId = s.getId();
		this.fromUnitId = s.getUnitId();
		this.fromPath = s.getUnitPath();
		this.toUnitId = toUnitId;
		this.toPath = toPath;
		this.requestedOn = on;
		this.status = StudentTransferStatus.REQUESTED;
		this.note = note;
		this.requestedBy = by;
	}

	void decide(boolean accepted, LocalDate on, String by) {
		if (status != StudentTransferStatus.REQUESTED) {
			throw new Rejection("status", "students.transfer.decided", Student.label(status));
		}
		if (on.isBefore(requestedOn)) {
			throw new Rejection("on", "students.transfer.beforeRequest", on, requestedOn);
		}
		this.status = accepted ? StudentTransferStatus.ACCEPTED : StudentTransferStatus.REFUSED;
		this.decidedOn = on;
		this.decidedBy = by;
	}

	void movePaths(String oldPrefix, String newPrefix) {
		if (fromPath.startsWith(oldPrefix)) {
			fromPath = newPrefix + fromPath.substring(oldPrefix.length());
		}
		if (toPath.startsWith(oldPrefix)) {
			toPath = newPrefix + toPath.substring(oldPrefix.length());
		}
	}

	Long getId() {
		return id;
	}

	Long getStudentId() {
		return studentId;
	}

	Long getFromUnitId() {
		return fromUnitId;
	}

	Long getToUnitId() {
		return toUnitId;
	}

	String getToPath() {
		return toPath;
	}

	StudentTransferStatus getStatus() {
		return status;
	}

	TransferView toView(String studentName, java.util.Map<Long, String> unitNames) {
		return new TransferView(id, studentId, studentName, fromUnitId, unitNames.get(fromUnitId), toUnitId,
				unitNames.get(toUnitId), requestedOn, status, decidedOn, note, requestedBy, decidedBy);
	}

}
