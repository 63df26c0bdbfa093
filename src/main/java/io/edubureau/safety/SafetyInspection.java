package io.edubureau.safety;

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

/** One inspection of a unit against a checklist template; never changed once recorded. */
@Entity
@Table(name = "safety_inspection")
class SafetyInspection {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "safety_seq")
	@SequenceGenerator(name = "safety_seq", sequenceName = "safety_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long unitId;

	// Copy of the unit's tree path, kept in step by UnitMoved events, for scope queries.
	@Column(nullable = false, length = 400)
	private String unitPath;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private InspectionKind kind;

	@Column(nullable = false)
	private LocalDate inspectedOn;

	@Column(nullable = false, length = 50)
	private String inspector;

	@Column(length = 500)
	private String note;

	@Column(nullable = false, length = 64)
	private String recordedBy;

	@Column(nullable = false)
	private Instant recordedAt;

	protected SafetyInspection() {
	}

	SafetyInspection(long unitId, String unitPath, InspectionKind kind, LocalDate inspectedOn, String inspector,
			String note, String by) {
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.kind = kind;
		this.inspectedOn = inspectedOn;
		this.inspector = inspector;
		this.note = note;
		this.recordedBy = by;
		this.recordedAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	Long getUnitId() {
		return unitId;
	}

	String getUnitPath() {
		return unitPath;
	}

	InspectionKind getKind() {
		return kind;
	}

	LocalDate getInspectedOn() {
		return inspectedOn;
	}

	String getInspector() {
		return inspector;
	}

	String getNote() {
		return note;
	}

	String getRecordedBy() {
		return recordedBy;
	}

}
