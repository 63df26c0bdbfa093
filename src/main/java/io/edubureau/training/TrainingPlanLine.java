package io.edubureau.training;

import java.math.BigDecimal;
import java.time.Instant;

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

/** One line of a unit's training plan for a year: a programme or a planned item. */
@Entity
@Table(name = "training_plan_line")
class TrainingPlanLine {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_seq")
	@SequenceGenerator(name = "training_seq", sequenceName = "training_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private int planYear;

	@Column(nullable = false)
	private Long unitId;

	private Long programmeId;

	@Column(nullable = false, length = 150)
	private String item;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private TrainingLevel level;

	@Column(nullable = false)
	private int participants;

	@Column(nullable = false)
	private int hours;

	@Column(nullable = false, precision = 14, scale = 2)
	private BigDecimal budget;

	@Column(nullable = false)
	private boolean archived;

	@Column(nullable = false, length = 64)
	private String updatedBy;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected TrainingPlanLine() {
	}

	TrainingPlanLine(int planYear, long unitId, Long programmeId, String item, TrainingLevel level, int participants,
			int hours, BigDecimal budget, String by) {
		this.planYear = planYear;
		this.unitId = unitId;
		this.programmeId = programmeId;
		this.item = item;
		this.level = level;
		this.participants = participants;
		this.hours = hours;
		this.budget = budget;
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	void archive(String by) {
		this.archived = true;
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	PlanLineView toView(String unitName, String programmeCode) {
		return new PlanLineView(id, planYear, unitId, unitName, programmeId, programmeCode, item, level, participants,
				hours, budget);
	}

	Long getId() {
		return id;
	}

	Long getUnitId() {
		return unitId;
	}

	Long getProgrammeId() {
		return programmeId;
	}

	boolean isArchived() {
		return archived;
	}

	String getItem() {
		return item;
	}

}
