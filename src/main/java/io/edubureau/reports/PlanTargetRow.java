package io.edubureau.reports;

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

/** One target of a year's work plan; replacing the plan archives it. */
@Entity
@Table(name = "reports_plan_target")
class PlanTargetRow {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reports_plan_target_seq")
	@SequenceGenerator(name = "reports_plan_target_seq", sequenceName = "reports_plan_target_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, length = 60)
	private String ownerKey;

	@Column(name = "plan_year", nullable = false)
	private int year;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, length = 120)
	private String figureKey;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private WorkPlanTarget.Comparison comparator;

	@Column(name = "target_value", nullable = false, precision = 19, scale = 4)
	private BigDecimal target;

	@Column(length = 500)
	private String note;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false, length = 64)
	private String createdBy;

	private Instant archivedAt;

	protected PlanTargetRow() {
	}

	PlanTargetRow(String ownerKey, int year, int position, WorkPlanTarget target, String createdBy) {
		this.ownerKey = ownerKey;
		this.year = year;
		this.position = position;
		this.figureKey = target.key();
		this.comparator = target.comparison();
		this.target = target.target();
		this.note = target.note();
		this.createdAt = Instant.now();
		this.createdBy = createdBy;
	}

	void archive() {
		this.archivedAt = Instant.now();
	}

	WorkPlanTarget toTarget() {
		return new WorkPlanTarget(figureKey, comparator.symbol(), target, note);
	}

}
