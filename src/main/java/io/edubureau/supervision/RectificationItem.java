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
import jakarta.persistence.Version;

/**
 * A finding of a visit and what the school must put right (整改事项); only {@link #moveTo}
 * changes its status, and only along the allowed transitions.
 */
@Entity
@Table(name = "supervision_item")
class RectificationItem {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supervision_seq")
	@SequenceGenerator(name = "supervision_seq", sequenceName = "supervision_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long visitId;

	@Column(nullable = false)
	private Long unitId;

	// Copy of the unit's tree path, kept in step by UnitMoved events, for scope queries.
	@Column(nullable = false, length = 400)
	private String unitPath;

	@Column(length = 40)
	private String indicator;

	@Column(nullable = false, length = 500)
	private String finding;

	@Column(nullable = false, length = 50)
	private String responsiblePerson;

	@Column(nullable = false)
	private LocalDate foundOn;

	@Column(nullable = false)
	private LocalDate deadline;

	// The period the deadline was counted from (null when the supervisor set the day).
	private Integer deadlineDays;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private RectificationStatus status;

	private LocalDate closedOn;

	@Column(nullable = false, length = 64)
	private String updatedBy;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected RectificationItem() {
	}

	RectificationItem(SupervisionVisit visit, String indicator, String finding, String responsiblePerson,
			LocalDate deadline, Integer deadlineDays, String by) {
		this.visitId = visit.getId();
		this.unitId = visit.getUnitId();
		this.unitPath = visit.getUnitPath();
		this.indicator = indicator;
		this.finding = finding;
		this.responsiblePerson = responsiblePerson;
		this.foundOn = visit.getVisitedOn();
		this.deadline = deadline;
		this.deadlineDays = deadlineDays;
		this.status = RectificationStatus.OPEN;
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	/** The allowed transitions of the closed loop. */
	static boolean allowed(RectificationStatus from, RectificationStatus to) {
		return io.edubureau.rules.ClosedLoop.allowed(from.loop(), to.loop());
	}

	void moveTo(RectificationStatus to, LocalDate on, String by) {
		if (!allowed(status, to)) {
			throw new IllegalStateException(status + " → " + to);
		}
		this.status = to;
		this.closedOn = to == RectificationStatus.CLOSED ? on : null;
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	Long getVisitId() {
		return visitId;
	}

	Long getUnitId() {
		return unitId;
	}

	String getIndicator() {
		return indicator;
	}

	String getFinding() {
		return finding;
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

	RectificationStatus getStatus() {
		return status;
	}

	LocalDate getClosedOn() {
		return closedOn;
	}

}
