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

/** A drill (演练) held by a unit. */
@Entity
@Table(name = "safety_drill")
class SafetyDrill {

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
	@Column(nullable = false, length = 15)
	private DrillKind kind;

	@Column(nullable = false)
	private LocalDate heldOn;

	@Column(nullable = false)
	private int participants;

	@Column(length = 500)
	private String note;

	@Column(nullable = false, length = 64)
	private String recordedBy;

	@Column(nullable = false)
	private Instant recordedAt;

	protected SafetyDrill() {
	}

	SafetyDrill(long unitId, String unitPath, DrillKind kind, LocalDate heldOn, int participants, String note,
			String by) {
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.kind = kind;
		this.heldOn = heldOn;
		this.participants = participants;
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

	DrillKind getKind() {
		return kind;
	}

	LocalDate getHeldOn() {
		return heldOn;
	}

	int getParticipants() {
		return participants;
	}

	String getNote() {
		return note;
	}

}
