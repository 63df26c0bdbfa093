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
import jakarta.persistence.Version;

/**
 * A school building (校舍): use, floors, floor area in m², year built, structure; its
 * latest safety appraisal (grade and day), the remedy plan of a dangerous one, and its
 * status. Only the guarded methods change it; nothing is deleted.
 */
@Entity
@Table(name = "facilities_building")
class Building {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "facilities_seq")
	@SequenceGenerator(name = "facilities_seq", sequenceName = "facilities_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long unitId;

	@Column(nullable = false, length = 400)
	private String unitPath;

	@Column(nullable = false, length = 100)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "building_use", nullable = false, length = 20)
	private BuildingUse use;

	@Column(nullable = false)
	private int floors;

	@Column(nullable = false)
	private int floorArea;

	@Column(nullable = false)
	private int yearBuilt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private BuildingStructure structure;

	@Enumerated(EnumType.STRING)
	@Column(length = 2)
	private AppraisalGrade grade;

	private LocalDate appraisedOn;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private BuildingRemedy remedy;

	private LocalDate remedyDeadline;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private BuildingStatus status;

	private LocalDate demolishedOn;

	@Column(nullable = false, length = 64)
	private String updatedBy;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Building() {
	}

	Building(long unitId, String unitPath, String name, BuildingUse use, int floors, int floorArea, int yearBuilt,
			BuildingStructure structure, String by) {
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.name = name;
		this.use = use;
		this.floors = floors;
		this.floorArea = floorArea;
		this.yearBuilt = yearBuilt;
		this.structure = structure;
		this.status = BuildingStatus.IN_USE;
		touch(by);
	}

	/** A new appraisal, the latest by its day (the caller checks the order). */
	void appraise(AppraisalGrade grade, LocalDate on, String by) {
		if (status == BuildingStatus.DEMOLISHED) {
			throw new IllegalStateException("demolished");
		}
		this.grade = grade;
		this.appraisedOn = on;
		touch(by);
	}

	/** The remedy plan of a dangerous building; a later plan replaces it. */
	void plan(BuildingRemedy remedy, LocalDate deadline, String by) {
		if (grade == null || !grade.dangerous() || status == BuildingStatus.DEMOLISHED) {
			throw new IllegalStateException("no dangerous building");
		}
		this.remedy = remedy;
		this.remedyDeadline = deadline;
		touch(by);
	}

	void moveTo(BuildingStatus to, LocalDate on, String by) {
		if (!status.canBecome(to)) {
			throw new IllegalStateException(status + " → " + to);
		}
		this.status = to;
		this.demolishedOn = to == BuildingStatus.DEMOLISHED ? on : null;
		touch(by);
	}

	/** 危房 now: graded C or D and still standing. */
	boolean dangerous() {
		return grade != null && grade.dangerous() && status != BuildingStatus.DEMOLISHED;
	}

	private void touch(String by) {
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	Long getUnitId() {
		return unitId;
	}

	String getName() {
		return name;
	}

	BuildingUse getUse() {
		return use;
	}

	int getFloors() {
		return floors;
	}

	int getFloorArea() {
		return floorArea;
	}

	int getYearBuilt() {
		return yearBuilt;
	}

	BuildingStructure getStructure() {
		return structure;
	}

	AppraisalGrade getGrade() {
		return grade;
	}

	LocalDate getAppraisedOn() {
		return appraisedOn;
	}

	BuildingRemedy getRemedy() {
		return remedy;
	}

	LocalDate getRemedyDeadline() {
		return remedyDeadline;
	}

	BuildingStatus getStatus() {
		return status;
	}

	LocalDate getDemolishedOn() {
		return demolishedOn;
	}

}
