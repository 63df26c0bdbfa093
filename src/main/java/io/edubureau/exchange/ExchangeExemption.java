package io.edubureau.exchange;

import java.time.Instant;
import java.time.LocalDate;

import io.edubureau.platform.Actor;
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
 * A dated exemption from exchange (pregnancy, serious illness, other with a reason);
 * never deleted.
 */
@Entity
@Table(name = "exchange_exemption")
class ExchangeExemption {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_seq")
	@SequenceGenerator(name = "exchange_seq", sequenceName = "exchange_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long staffId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ExemptionKind kind;

	@Column(nullable = false)
	private LocalDate validFrom;

	private LocalDate validTo;

	@Column(nullable = false, length = 300)
	private String note;

	@Column(nullable = false, length = 64)
	private String recordedBy;

	@Column(nullable = false)
	private Instant recordedAt;

	@Version
	private long version;

	protected ExchangeExemption() {
	}

	ExchangeExemption(long staffId, ExemptionKind kind, LocalDate validFrom, LocalDate validTo, String note) {
		this.staffId = staffId;
		this.kind = kind;
		this.validFrom = validFrom;
		this.validTo = validTo;
		this.note = note;
		this.recordedBy = Actor.current();
		this.recordedAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	Long getStaffId() {
		return staffId;
	}

	ExemptionKind getKind() {
		return kind;
	}

	LocalDate getValidFrom() {
		return validFrom;
	}

	LocalDate getValidTo() {
		return validTo;
	}

	String getNote() {
		return note;
	}

	/** In force on the day: from and to both inclusive, an open end runs on. */
	boolean inForceOn(LocalDate day) {
		return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
	}

}
