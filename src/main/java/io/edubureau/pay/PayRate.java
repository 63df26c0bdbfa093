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

/**
 * One dated rate of a wage table or allowance; a newer table is new rows from its
 * effective date, the old rows stay as history (never updated).
 */
@Entity
@Table(name = "pay_rate")
class PayRate {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pay_seq")
	@SequenceGenerator(name = "pay_seq", sequenceName = "pay_seq", allocationSize = 50)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private PayRateKind kind;

	@Column(nullable = false, length = 30)
	private String code;

	@Column(nullable = false)
	private long amountFen;

	@Column(nullable = false)
	private LocalDate effectiveFrom;

	@Column(nullable = false, length = 200)
	private String source;

	@Column(nullable = false, length = 64)
	private String recordedBy;

	@Column(nullable = false)
	private Instant recordedAt;

	protected PayRate() {
	}

	PayRate(PayRateKind kind, String code, long amountFen, LocalDate effectiveFrom, String source, String recordedBy,
			Instant recordedAt) {
		this.kind = kind;
		this.code = code;
		this.amountFen = amountFen;
		this.effectiveFrom = effectiveFrom;
		this.source = source;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	Long getId() {
		return id;
	}

	PayRateKind getKind() {
		return kind;
	}

	String getCode() {
		return code;
	}

	long getAmountFen() {
		return amountFen;
	}

	LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	String getSource() {
		return source;
	}

}
