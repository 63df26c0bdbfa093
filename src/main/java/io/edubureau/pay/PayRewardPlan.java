package io.edubureau.pay;

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

import io.edubureau.platform.Rejection;

/**
 * A school's plan for the reward part of performance pay (奖励性绩效工资) of a year: DRAFT
 * (recomputable: a new run of shares, the old kept) → SUBMITTED (publicised to the
 * school's staff) → APPROVED by the bureau (paid in a month), or returned to DRAFT. Each
 * transition appends a {@link PayRewardStep}.
 */
@Entity
@Table(name = "pay_reward_plan")
class PayRewardPlan {

	enum State {

		DRAFT, SUBMITTED, APPROVED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pay_seq")
	@SequenceGenerator(name = "pay_seq", sequenceName = "pay_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private long unitId;

	@Column(nullable = false, length = 400)
	private String unitPath;

	@Column(name = "year_number", nullable = false)
	private int year;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private State state;

	@Column(nullable = false)
	private int runNumber;

	@Column(nullable = false)
	private int headcount;

	@Column(nullable = false)
	private long standardFen;

	@Column(nullable = false)
	private long basicShareBp;

	@Column(nullable = false)
	private long poolFen;

	@Column(nullable = false)
	private long allocatedFen;

	@Column(length = 7)
	private String payMonth;

	// The notice (公示) of the current submission: first and last day posted.
	private LocalDate noticeFrom;

	private LocalDate noticeUntil;

	@Column(nullable = false, length = 64)
	private String createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected PayRewardPlan() {
	}

	PayRewardPlan(long unitId, String unitPath, int year, String createdBy, Instant createdAt) {
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.year = year;
		this.state = State.DRAFT;
		this.runNumber = 0;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/** A new run of shares with its pool; only a draft is recomputed. */
	void priced(int headcount, long standardFen, long basicShareBp, long poolFen, long allocatedFen) {
		if (state != State.DRAFT) {
			throw new Rejection("plan", "pay.reward.notDraft", year);
		}
		this.runNumber++;
		this.headcount = headcount;
		this.standardFen = standardFen;
		this.basicShareBp = basicShareBp;
		this.poolFen = poolFen;
		this.allocatedFen = allocatedFen;
	}

	void submit(LocalDate from, LocalDate until) {
		if (state != State.DRAFT) {
			throw new Rejection("plan", "pay.reward.notDraft", year);
		}
		if (allocatedFen == 0) {
			throw new Rejection("plan", "pay.reward.nothing", year);
		}
		state = State.SUBMITTED;
		noticeFrom = from;
		noticeUntil = until;
	}

	LocalDate getNoticeFrom() {
		return noticeFrom;
	}

	LocalDate getNoticeUntil() {
		return noticeUntil;
	}

	void approve(String payMonth) {
		if (state != State.SUBMITTED) {
			throw new Rejection("plan", "pay.reward.notSubmitted", year);
		}
		state = State.APPROVED;
		this.payMonth = payMonth;
	}

	void sendBack() {
		if (state != State.SUBMITTED) {
			throw new Rejection("plan", "pay.reward.notSubmitted", year);
		}
		state = State.DRAFT;
	}

	Long getId() {
		return id;
	}

	long getUnitId() {
		return unitId;
	}

	String getUnitPath() {
		return unitPath;
	}

	int getYear() {
		return year;
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

	long getStandardFen() {
		return standardFen;
	}

	long getBasicShareBp() {
		return basicShareBp;
	}

	long getPoolFen() {
		return poolFen;
	}

	long getAllocatedFen() {
		return allocatedFen;
	}

	String getPayMonth() {
		return payMonth;
	}

	String getCreatedBy() {
		return createdBy;
	}

}
