package io.edubureau.exchange;

import java.time.Instant;

import io.edubureau.platform.Actor;
import io.edubureau.platform.Rejection;
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

/** A bureau's annual exchange plan over its eligible pool. */
@Entity
@Table(name = "exchange_plan")
class ExchangePlan {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_seq")
	@SequenceGenerator(name = "exchange_seq", sequenceName = "exchange_seq", allocationSize = 50)
	private Long id;

	@Column(name = "plan_year", nullable = false)
	private int year;

	@Column(nullable = false)
	private Long ownerUnitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private PlanStatus status;

	@Column(nullable = false)
	private int eligible;

	@Column(nullable = false)
	private int backboneEligible;

	@Column(length = 500)
	private String note;

	@Column(nullable = false, length = 64)
	private String createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(length = 64)
	private String adoptedBy;

	private Instant adoptedAt;

	@Version
	private long version;

	protected ExchangePlan() {
	}

	ExchangePlan(int year, long ownerUnitId, int eligible, int backboneEligible) {
		this.year = year;
		this.ownerUnitId = ownerUnitId;
		this.status = PlanStatus.DRAFT;
		this.eligible = eligible;
		this.backboneEligible = backboneEligible;
		this.createdBy = Actor.current();
		this.createdAt = Instant.now();
	}

	/** The pool is counted again while the plan is a draft. */
	void recount(int eligible, int backboneEligible) {
		requireDraft();
		this.eligible = eligible;
		this.backboneEligible = backboneEligible;
	}

	void adopt(String note) {
		requireDraft();
		this.status = PlanStatus.ADOPTED;
		this.note = note;
		this.adoptedBy = Actor.current();
		this.adoptedAt = Instant.now();
	}

	void requireDraft() {
		if (status != PlanStatus.DRAFT) {
			throw new Rejection(null, "exchange.plan.notDraft", String.valueOf(year));
		}
	}

	Long getId() {
		return id;
	}

	int getYear() {
		return year;
	}

	Long getOwnerUnitId() {
		return ownerUnitId;
	}

	PlanStatus getStatus() {
		return status;
	}

	int getEligible() {
		return eligible;
	}

	int getBackboneEligible() {
		return backboneEligible;
	}

	String getNote() {
		return note;
	}

}
