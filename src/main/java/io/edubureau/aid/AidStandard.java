package io.edubureau.aid;

import java.time.Instant;
import java.time.LocalDate;

import io.edubureau.org.Stage;
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
 * A programme's standard for a stage and tier from a date on (policy rules §9: amounts
 * are dated parameters); the one in force on a day is the latest effective by then. Never
 * changed.
 */
@Entity
@Table(name = "aid_standard")
class AidStandard {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "aid_seq")
	@SequenceGenerator(name = "aid_seq", sequenceName = "aid_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, length = 30)
	private String programmeCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private Stage stage;

	@Column(nullable = false, length = 12)
	private String tier;

	@Column(nullable = false)
	private long amountPerYearFen;

	@Column(nullable = false)
	private LocalDate effectiveFrom;

	@Column(nullable = false, length = 300)
	private String source;

	@Column(nullable = false, length = 64)
	private String recordedBy;

	@Column(nullable = false)
	private Instant recordedAt;

	protected AidStandard() {
	}

	AidStandard(String programmeCode, Stage stage, String tier, long amountPerYearFen, LocalDate effectiveFrom,
			String source, String by) {
		this.programmeCode = programmeCode;
		this.stage = stage;
		this.tier = tier;
		this.amountPerYearFen = amountPerYearFen;
		this.effectiveFrom = effectiveFrom;
		this.source = source;
		this.recordedBy = by;
		this.recordedAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	long getAmountPerYearFen() {
		return amountPerYearFen;
	}

	LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	String getSource() {
		return source;
	}

	StandardView toView() {
		return new StandardView(programmeCode, stage, tier, amountPerYearFen, effectiveFrom, source, recordedBy);
	}

}
