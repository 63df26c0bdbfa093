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
 * A construction project (基建项目) of a school; only {@link #advance} changes its stage,
 * only to the next one, and only {@link #pay} and {@link #raiseBudget} change its money.
 */
@Entity
@Table(name = "facilities_project")
class ConstructionProject {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "facilities_seq")
	@SequenceGenerator(name = "facilities_seq", sequenceName = "facilities_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long unitId;

	// Copy of the unit's tree path, kept in step by UnitMoved events, for scope queries.
	@Column(nullable = false, length = 400)
	private String unitPath;

	@Column(nullable = false, length = 200)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ProjectKind kind;

	@Column(nullable = false)
	private int floorArea;

	@Column(nullable = false)
	private long budgetCentralFen;

	@Column(nullable = false)
	private long budgetProvincialFen;

	@Column(nullable = false)
	private long budgetCountyFen;

	@Column(nullable = false)
	private long budgetOtherFen;

	@Column(nullable = false)
	private long changeFen;

	@Column(nullable = false)
	private long paidFen;

	@Column(length = 200)
	private String contractor;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ProjectStatus status;

	@Column(nullable = false)
	private LocalDate approvedOn;

	@Column(nullable = false)
	private LocalDate plannedCompletion;

	private LocalDate tenderedOn;

	private LocalDate startedOn;

	private LocalDate acceptedOn;

	private LocalDate settledOn;

	private Long finalAccountFen;

	@Column(nullable = false)
	private int progress;

	@Column(nullable = false, length = 64)
	private String updatedBy;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected ConstructionProject() {
	}

	ConstructionProject(long unitId, String unitPath, String name, ProjectKind kind, int floorArea, long centralFen,
			long provincialFen, long countyFen, long otherFen, LocalDate approvedOn, LocalDate plannedCompletion,
			String by) {
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.name = name;
		this.kind = kind;
		this.floorArea = floorArea;
		this.budgetCentralFen = centralFen;
		this.budgetProvincialFen = provincialFen;
		this.budgetCountyFen = countyFen;
		this.budgetOtherFen = otherFen;
		this.status = ProjectStatus.APPROVED;
		this.approvedOn = approvedOn;
		this.plannedCompletion = plannedCompletion;
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	/** Moves to the next stage on a day; the tender names the contractor. */
	void advance(ProjectStatus to, LocalDate on, String contractor, Long finalAccountFen, String by) {
		if (status.next() != to) {
			throw new IllegalStateException(status + " → " + to);
		}
		switch (to) {
			case TENDERED -> {
				this.tenderedOn = on;
				this.contractor = contractor;
			}
			case UNDER_CONSTRUCTION -> this.startedOn = on;
			case ACCEPTED -> {
				this.acceptedOn = on;
				this.progress = 100;
			}
			case SETTLED -> {
				this.settledOn = on;
				this.finalAccountFen = finalAccountFen;
			}
			case APPROVED -> throw new IllegalStateException("→ " + to);
		}
		this.status = to;
		touch(by);
	}

	void pay(long amountFen, String by) {
		if (paidFen + amountFen > budgetFen()) {
			throw new IllegalStateException("overspend");
		}
		this.paidFen += amountFen;
		touch(by);
	}

	void raiseBudget(long amountFen, String by) {
		this.changeFen += amountFen;
		touch(by);
	}

	void progress(int percent, String by) {
		this.progress = percent;
		touch(by);
	}

	private void touch(String by) {
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	/** The budget: the sum of the sources plus the approved changes. */
	long budgetFen() {
		return budgetCentralFen + budgetProvincialFen + budgetCountyFen + budgetOtherFen + changeFen;
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

	String getName() {
		return name;
	}

	ProjectKind getKind() {
		return kind;
	}

	int getFloorArea() {
		return floorArea;
	}

	long getBudgetCentralFen() {
		return budgetCentralFen;
	}

	long getBudgetProvincialFen() {
		return budgetProvincialFen;
	}

	long getBudgetCountyFen() {
		return budgetCountyFen;
	}

	long getBudgetOtherFen() {
		return budgetOtherFen;
	}

	long getChangeFen() {
		return changeFen;
	}

	long getPaidFen() {
		return paidFen;
	}

	String getContractor() {
		return contractor;
	}

	ProjectStatus getStatus() {
		return status;
	}

	LocalDate getApprovedOn() {
		return approvedOn;
	}

	LocalDate getPlannedCompletion() {
		return plannedCompletion;
	}

	/** Late on a day: past its planned completion then and not accepted by then. */
	boolean lateOn(LocalDate day) {
		return day.isAfter(plannedCompletion) && (acceptedOn == null || acceptedOn.isAfter(day));
	}

	LocalDate getTenderedOn() {
		return tenderedOn;
	}

	LocalDate getStartedOn() {
		return startedOn;
	}

	LocalDate getAcceptedOn() {
		return acceptedOn;
	}

	LocalDate getSettledOn() {
		return settledOn;
	}

	Long getFinalAccountFen() {
		return finalAccountFen;
	}

	int getProgress() {
		return progress;
	}

}
