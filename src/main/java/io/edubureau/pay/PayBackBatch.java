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
 * A back-pay batch (补发) of an owning unit: DRAFT (its lines computed once) → APPROVED
 * into a month not locked; who did each and when is kept on the row and in the audit
 * trail.
 */
@Entity
@Table(name = "pay_back_batch")
class PayBackBatch {

	enum State {

		DRAFT, APPROVED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pay_seq")
	@SequenceGenerator(name = "pay_seq", sequenceName = "pay_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private long ownerUnitId;

	@Column(nullable = false, length = 400)
	private String ownerPath;

	@Column(nullable = false, length = 7)
	private String fromMonth;

	@Column(nullable = false, length = 7)
	private String toMonth;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private State state;

	@Column(nullable = false)
	private int people;

	@Column(nullable = false)
	private long totalFen;

	@Column(length = 7)
	private String payMonth;

	@Column(nullable = false, length = 64)
	private String createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(length = 64)
	private String approvedBy;

	private Instant approvedAt;

	@Version
	private long version;

	protected PayBackBatch() {
	}

	PayBackBatch(long ownerUnitId, String ownerPath, String fromMonth, String toMonth, int people, long totalFen,
			String createdBy, Instant createdAt) {
		this.ownerUnitId = ownerUnitId;
		this.ownerPath = ownerPath;
		this.fromMonth = fromMonth;
		this.toMonth = toMonth;
		this.state = State.DRAFT;
		this.people = people;
		this.totalFen = totalFen;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	void approve(String payMonth, String actor, Instant at) {
		if (state != State.DRAFT) {
			throw new Rejection("batch", "pay.back.notDraft");
		}
		this.state = State.APPROVED;
		this.payMonth = payMonth;
		this.approvedBy = actor;
		this.approvedAt = at;
	}

	Long getId() {
		return id;
	}

	long getOwnerUnitId() {
		return ownerUnitId;
	}

	String getOwnerPath() {
		return ownerPath;
	}

	String getFromMonth() {
		return fromMonth;
	}

	String getToMonth() {
		return toMonth;
	}

	State getState() {
		return state;
	}

	int getPeople() {
		return people;
	}

	long getTotalFen() {
		return totalFen;
	}

	String getPayMonth() {
		return payMonth;
	}

	String getCreatedBy() {
		return createdBy;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	String getApprovedBy() {
		return approvedBy;
	}

	Instant getApprovedAt() {
		return approvedAt;
	}

}
