package io.edubureau.facilities;

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
 * One entry of a building's history: recorded, appraised (with the grade), a remedy
 * planned (with its deadline), or a status change; never changed once written.
 */
@Entity
@Table(name = "facilities_building_step")
class BuildingStep {

	/** What happened to the building. */
	enum Event {

		RECORDED, APPRAISED, PLANNED, STATUS

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "facilities_seq")
	@SequenceGenerator(name = "facilities_seq", sequenceName = "facilities_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long buildingId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Event event;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private BuildingStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private BuildingStatus toStatus;

	@Enumerated(EnumType.STRING)
	@Column(length = 2)
	private AppraisalGrade grade;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private BuildingRemedy remedy;

	private LocalDate deadline;

	@Column(nullable = false)
	private LocalDate onDay;

	@Column(length = 500)
	private String note;

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(nullable = false)
	private Instant occurredAt;

	protected BuildingStep() {
	}

	private BuildingStep(long buildingId, Event event, LocalDate onDay, String note, String actor) {
		this.buildingId = buildingId;
		this.event = event;
		this.onDay = onDay;
		this.note = note;
		this.actor = actor;
		this.occurredAt = Instant.now();
	}

	static BuildingStep recorded(long buildingId, LocalDate on, String actor) {
		BuildingStep s = new BuildingStep(buildingId, Event.RECORDED, on, null, actor);
		s.toStatus = BuildingStatus.IN_USE;
		return s;
	}

	static BuildingStep appraised(long buildingId, AppraisalGrade grade, LocalDate on, String note, String actor) {
		BuildingStep s = new BuildingStep(buildingId, Event.APPRAISED, on, note, actor);
		s.grade = grade;
		return s;
	}

	static BuildingStep planned(long buildingId, BuildingRemedy remedy, LocalDate deadline, LocalDate on, String note,
			String actor) {
		BuildingStep s = new BuildingStep(buildingId, Event.PLANNED, on, note, actor);
		s.remedy = remedy;
		s.deadline = deadline;
		return s;
	}

	static BuildingStep status(long buildingId, BuildingStatus from, BuildingStatus to, LocalDate on, String note,
			String actor) {
		BuildingStep s = new BuildingStep(buildingId, Event.STATUS, on, note, actor);
		s.fromStatus = from;
		s.toStatus = to;
		return s;
	}

	Long getBuildingId() {
		return buildingId;
	}

	AppraisalGrade getGrade() {
		return grade;
	}

	LocalDate getOnDay() {
		return onDay;
	}

	/** One history row as the pages and the API show it. */
	record View(String event, BuildingStatus fromStatus, BuildingStatus toStatus, AppraisalGrade grade,
			BuildingRemedy remedy, LocalDate deadline, LocalDate onDay, String note, String actor, Instant occurredAt) {
	}

	View toView() {
		return new View(event.name(), fromStatus, toStatus, grade, remedy, deadline, onDay, note, actor, occurredAt);
	}

}
