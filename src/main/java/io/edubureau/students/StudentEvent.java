package io.edubureau.students;

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

/** One dated event of a student's register record (the history; never changed). */
@Entity
@Table(name = "students_event")
class StudentEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "students_seq")
	@SequenceGenerator(name = "students_seq", sequenceName = "students_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long studentId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private EventKind kind;

	@Column(nullable = false)
	private LocalDate occurredOn;

	@Enumerated(EnumType.STRING)
	@Column(length = 16)
	private StudentStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private StudentStatus toStatus;

	@Column(nullable = false)
	private Long unitId;

	private Long otherUnitId;

	private Integer grade;

	@Column(length = 500)
	private String note;

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(nullable = false)
	private Instant recordedAt;

	protected StudentEvent() {
	}

	StudentEvent(long studentId, EventKind kind, LocalDate on, StudentStatus from, StudentStatus to, long unitId,
			Long otherUnitId, Integer grade, String note, String actor) {
		this.studentId = studentId;
		this.kind = kind;
		this.occurredOn = on;
		this.fromStatus = from;
		this.toStatus = to;
		this.unitId = unitId;
		this.otherUnitId = otherUnitId;
		this.grade = grade;
		this.note = note;
		this.actor = actor;
		this.recordedAt = Instant.now();
	}

	Long getUnitId() {
		return unitId;
	}

	Long getOtherUnitId() {
		return otherUnitId;
	}

	EventView toView(java.util.Map<Long, String> unitNames) {
		return new EventView(kind.name(), occurredOn, fromStatus, toStatus, unitNames.get(unitId),
				otherUnitId == null ? null : unitNames.get(otherUnitId), grade, note, actor);
	}

}
