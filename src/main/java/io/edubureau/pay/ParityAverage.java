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
 * The local civil servants' average annual pay of a year as entered by the bureau (the
 * latest entry of a year counts; earlier ones stay as history).
 */
@Entity
@Table(name = "pay_parity_average")
class ParityAverage {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pay_seq")
	@SequenceGenerator(name = "pay_seq", sequenceName = "pay_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private long ownerUnitId;

	@Column(name = "year_number", nullable = false)
	private int year;

	@Column(nullable = false)
	private long averageFen;

	@Column(nullable = false, length = 200)
	private String source;

	@Column(nullable = false, length = 64)
	private String recordedBy;

	@Column(nullable = false)
	private Instant recordedAt;

	protected ParityAverage() {
	}

	ParityAverage(long ownerUnitId, int year, long averageFen, String source, String recordedBy, Instant recordedAt) {
		this.ownerUnitId = ownerUnitId;
		this.year = year;
		this.averageFen = averageFen;
		this.source = source;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	Long getId() {
		return id;
	}

	int getYear() {
		return year;
	}

	long getAverageFen() {
		return averageFen;
	}

	String getSource() {
		return source;
	}

}
