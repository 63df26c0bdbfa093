package io.edubureau.supervision;

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

/**
 * One supervision visit (督导) to a school under a programme; never changed once recorded.
 */
@Entity
@Table(name = "supervision_visit")
class SupervisionVisit {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supervision_seq")
	@SequenceGenerator(name = "supervision_seq", sequenceName = "supervision_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long unitId;

	// Copy of the unit's tree path, kept in step by UnitMoved events, for scope queries.
	@Column(nullable = false, length = 400)
	private String unitPath;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private SupervisionProgramme programme;

	@Column(nullable = false)
	private LocalDate visitedOn;

	@Column(nullable = false, length = 100)
	private String supervisors;

	@Column(length = 1000)
	private String summary;

	@Column(nullable = false, length = 64)
	private String recordedBy;

	@Column(nullable = false)
	private Instant recordedAt;

	protected SupervisionVisit() {
	}

	SupervisionVisit(long unitId, String unitPath, SupervisionProgramme programme, LocalDate visitedOn,
			String supervisors, String summary, String by) {
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.programme = programme;
		this.visitedOn = visitedOn;
		this.supervisors = supervisors;
		this.summary = summary;
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

	SupervisionProgramme getProgramme() {
		return programme;
	}

	LocalDate getVisitedOn() {
		return visitedOn;
	}

	String getSupervisors() {
		return supervisors;
	}

	String getSummary() {
		return summary;
	}

}
