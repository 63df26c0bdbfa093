package io.edubureau.pay;

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

import io.edubureau.platform.Rejection;

/**
 * A payroll month of one owning unit (the bureau whose officer computes it): COMPUTED
 * (reviewed, may be recomputed: a new run of lines, the old kept) → LOCKED (never changes
 * again). Each transition appends a {@link PayMonthStep}.
 */
@Entity
@Table(name = "pay_month")
class PayMonth {

	enum State {

		COMPUTED, LOCKED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pay_seq")
	@SequenceGenerator(name = "pay_seq", sequenceName = "pay_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, length = 7)
	private String monthCode;

	@Column(nullable = false)
	private long ownerUnitId;

	@Column(nullable = false, length = 400)
	private String ownerPath;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private State state;

	@Column(nullable = false)
	private int runNumber;

	@Column(nullable = false)
	private int headcount;

	@Column(nullable = false)
	private long grossFen;

	@Column(nullable = false, length = 64)
	private String computedBy;

	@Column(nullable = false)
	private Instant computedAt;

	@Column(length = 64)
	private String lockedBy;

	private Instant lockedAt;

	@Version
	private long version;

	protected PayMonth() {
	}

	PayMonth(String monthCode, long ownerUnitId, String ownerPath, String actor, Instant at) {
		this.monthCode = monthCode;
		this.ownerUnitId = ownerUnitId;
		this.ownerPath = ownerPath;
		this.state = State.COMPUTED;
		this.runNumber = 1;
		this.computedBy = actor;
		this.computedAt = at;
	}

	/** A new run of lines; refused once locked. */
	void recompute(String actor, Instant at) {
		if (state == State.LOCKED) {
			throw new Rejection("month", "pay.month.locked", monthCode);
		}
		runNumber++;
		computedBy = actor;
		computedAt = at;
	}

	void totals(int headcount, long grossFen) {
		if (state == State.LOCKED) {
			throw new Rejection("month", "pay.month.locked", monthCode);
		}
		this.headcount = headcount;
		this.grossFen = grossFen;
	}

	void lock(String actor, Instant at) {
		if (state != State.COMPUTED) {
			throw new Rejection("month", "pay.month.locked", monthCode);
		}
		state = State.LOCKED;
		lockedBy = actor;
		lockedAt = at;
	}

	Long getId() {
		return id;
	}

	String getMonthCode() {
		return monthCode;
	}

	long getOwnerUnitId() {
		return ownerUnitId;
	}

	String getOwnerPath() {
		return ownerPath;
	}

	State getState() {
		return state;
	}

	int getRunNumber() {
		return runNumber;
	}

	int getHeadcount() {
		return headcount;
	}

	long getGrossFen() {
		return grossFen;
	}

	String getComputedBy() {
		return computedBy;
	}

	Instant getComputedAt() {
		return computedAt;
	}

	String getLockedBy() {
		return lockedBy;
	}

	Instant getLockedAt() {
		return lockedAt;
	}

}
