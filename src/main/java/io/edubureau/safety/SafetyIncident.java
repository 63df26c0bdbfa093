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
import jakarta.persistence.Version;

/** A safety incident (安全事故) of a unit, open until closed with its handling. */
@Entity
@Table(name = "safety_incident")
class SafetyIncident {

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
	private IncidentKind kind;

	@Column(nullable = false)
	private LocalDate occurredOn;

	@Column(nullable = false)
	private LocalDate reportedOn;

	@Column(nullable = false)
	private int injuries;

	@Column(nullable = false, length = 500)
	private String description;

	@Column(length = 1000)
	private String handling;

	private LocalDate closedOn;

	@Column(nullable = false, length = 64)
	private String updatedBy;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected SafetyIncident() {
	}

	SafetyIncident(long unitId, String unitPath, IncidentKind kind, LocalDate occurredOn, LocalDate reportedOn,
			int injuries, String description, String handling, String by) {
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.kind = kind;
		this.occurredOn = occurredOn;
		this.reportedOn = reportedOn;
		this.injuries = injuries;
		this.description = description;
		this.handling = handling;
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	void close(LocalDate on, String handling, String by) {
		this.closedOn = on;
		this.handling = handling;
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	Long getUnitId() {
		return unitId;
	}

	IncidentKind getKind() {
		return kind;
	}

	LocalDate getOccurredOn() {
		return occurredOn;
	}

	LocalDate getReportedOn() {
		return reportedOn;
	}

	int getInjuries() {
		return injuries;
	}

	String getDescription() {
		return description;
	}

	String getHandling() {
		return handling;
	}

	LocalDate getClosedOn() {
		return closedOn;
	}

}
