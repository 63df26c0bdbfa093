package io.edubureau.facilities;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * Public operating funds (公用经费) paid out to a school for a year, in fen; never changed.
 */
@Entity
@Table(name = "facilities_fund_disbursement")
class FundDisbursement {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "facilities_seq")
	@SequenceGenerator(name = "facilities_seq", sequenceName = "facilities_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long unitId;

	@Column(nullable = false, length = 400)
	private String unitPath;

	@Column(name = "fund_year", nullable = false)
	private int year;

	@Column(nullable = false)
	private LocalDate paidOn;

	@Column(nullable = false)
	private long amountFen;

	@Column(length = 300)
	private String note;

	@Column(nullable = false, length = 64)
	private String recordedBy;

	@Column(nullable = false)
	private Instant recordedAt;

	protected FundDisbursement() {
	}

	FundDisbursement(long unitId, String unitPath, int year, LocalDate paidOn, long amountFen, String note, String by) {
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.year = year;
		this.paidOn = paidOn;
		this.amountFen = amountFen;
		this.note = note;
		this.recordedBy = by;
		this.recordedAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	Long getUnitId() {
		return unitId;
	}

	int getYear() {
		return year;
	}

	LocalDate getPaidOn() {
		return paidOn;
	}

	long getAmountFen() {
		return amountFen;
	}

	String getNote() {
		return note;
	}

}
