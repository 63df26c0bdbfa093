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

/**
 * A hazard (隐患) found by an inspection and its place in the closed loop; only
 * {@link #moveTo} changes its status, and only along the allowed transitions.
 */
@Entity
@Table(name = "safety_hazard")
class SafetyHazard {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "safety_seq")
	@SequenceGenerator(name = "safety_seq", sequenceName = "safety_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long inspectionId;

	@Column(nullable = false)
	private Long unitId;

	// Copy of the unit's tree path, kept in step by UnitMoved events, for scope queries.
	@Column(nullable = false, length = 400)
	private String unitPath;

	@Column(length = 40)
	private String itemCode;

	@Enumerated(EnumType.STRING)
	@Column(name = "hazard_level", nullable = false, length = 10)
	private HazardLevel level;

	@Column(nullable = false, length = 500)
	private String description;

	@Column(nullable = false, length = 50)
	private String responsiblePerson;

	@Column(nullable = false)
	private LocalDate foundOn;

	@Column(nullable = false)
	private LocalDate deadline;

	// The period the deadline was counted from (null when the inspector set the day).
	private Integer deadlineDays;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private HazardStatus status;

	private LocalDate closedOn;

	@Column(nullable = false, length = 64)
	private String updatedBy;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected SafetyHazard() {
	}

	SafetyHazard(SafetyInspection inspection, String itemCode, HazardLevel level, String description,
			String responsiblePerson, LocalDate deadline, Integer deadlineDays, String by) {
		this.inspectionId = inspection.getId();
		this.unitId = inspection.getUnitId();
		this.unitPath = inspection.getUnitPath();
		this.itemCode = itemCode;
		this.level = level;
		this.description = description;
		this.responsiblePerson = responsiblePerson;
		this.foundOn = inspection.getInspectedOn();
		this.deadline = deadline;
		this.deadlineDays = deadlineDays;
		this.status = HazardStatus.FOUND;
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	/** The allowed transitions of the closed loop. */
	static boolean allowed(HazardStatus from, HazardStatus to) {
		return io.edubureau.rules.ClosedLoop.allowed(from.loop(), to.loop());
	}

	void moveTo(HazardStatus to, LocalDate on, String by) {
		if (!allowed(status, to)) {
			throw new IllegalStateException(status + " → " + to);
		}
		this.status = to;
		this.closedOn = to == HazardStatus.CLOSED ? on : null;
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	/** Overdue on a day: past its deadline then and not closed by then. */
	boolean overdueOn(LocalDate day) {
		return io.edubureau.rules.ClosedLoop.overdueOn(day, deadline, closedOn);
	}

	Long getId() {
		return id;
	}

	Long getInspectionId() {
		return inspectionId;
	}

	Long getUnitId() {
		return unitId;
	}

	String getItemCode() {
		return itemCode;
	}

	HazardLevel getLevel() {
		return level;
	}

	String getDescription() {
		return description;
	}

	String getResponsiblePerson() {
		return responsiblePerson;
	}

	LocalDate getFoundOn() {
		return foundOn;
	}

	LocalDate getDeadline() {
		return deadline;
	}

	Integer getDeadlineDays() {
		return deadlineDays;
	}

	HazardStatus getStatus() {
		return status;
	}

	LocalDate getClosedOn() {
		return closedOn;
	}

	long getVersion() {
		return version;
	}

}
