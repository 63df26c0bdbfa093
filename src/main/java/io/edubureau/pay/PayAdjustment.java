package io.edubureau.pay;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A dated correction (补发 or 扣回) paid in a month that is not locked yet; never changed
 * after it is recorded, a wrong one is undone by another.
 */
@Entity
@Table(name = "pay_adjustment")
class PayAdjustment {

	/**
	 * What an adjustment is: a correction, or the reward part of performance pay paid.
	 */
	enum Kind {

		CORRECTION, REWARD,

		/** Back pay (补发) of an approved batch. */
		BACK_PAY

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pay_seq")
	@SequenceGenerator(name = "pay_seq", sequenceName = "pay_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private long staffId;

	@Column(nullable = false, length = 400)
	private String unitPath;

	@Column(nullable = false, length = 7)
	private String monthCode;

	@Column(nullable = false)
	private long amountFen;

	@Column(nullable = false, length = 300)
	private String note;

	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	@Column(nullable = false, length = 12)
	private Kind kind = Kind.CORRECTION;

	@Column(nullable = false, length = 64)
	private String createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	protected PayAdjustment() {
	}

	PayAdjustment(long staffId, String unitPath, String monthCode, long amountFen, String note, String createdBy,
			Instant createdAt) {
		this.staffId = staffId;
		this.unitPath = unitPath;
		this.monthCode = monthCode;
		this.amountFen = amountFen;
		this.note = note;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	PayAdjustment(Kind kind, long staffId, String unitPath, String monthCode, long amountFen, String note,
			String createdBy, Instant createdAt) {
		this(staffId, unitPath, monthCode, amountFen, note, createdBy, createdAt);
		this.kind = kind;
	}

	Kind getKind() {
		return kind;
	}

	Long getId() {
		return id;
	}

	long getStaffId() {
		return staffId;
	}

	String getMonthCode() {
		return monthCode;
	}

	long getAmountFen() {
		return amountFen;
	}

	String getNote() {
		return note;
	}

	String getCreatedBy() {
		return createdBy;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

}
