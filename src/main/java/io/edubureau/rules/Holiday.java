package io.edubureau.rules;

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
 * One day of a year's holiday calendar as imported; a later import of the year supersedes
 * the row (active false) rather than deleting it.
 */
@Entity
@Table(name = "rules_holiday")
class Holiday {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rules_holiday_seq")
	@SequenceGenerator(name = "rules_holiday_seq", sequenceName = "rules_holiday_seq", allocationSize = 50)
	private Long id;

	@Column(name = "holiday_date", nullable = false)
	private LocalDate date;

	@Column(name = "holiday_year", nullable = false)
	private int year;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 8)
	private HolidayKind kind;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(nullable = false)
	private boolean active;

	@Column(nullable = false, length = 200)
	private String source;

	@Column(nullable = false, length = 64)
	private String importedBy;

	@Column(nullable = false)
	private Instant importedAt;

	protected Holiday() {
	}

	Holiday(HolidayDay day, String source, String importedBy, Instant importedAt) {
		this.date = day.date();
		this.year = day.date().getYear();
		this.kind = day.kind();
		this.name = day.name();
		this.active = true;
		this.source = source;
		this.importedBy = importedBy;
		this.importedAt = importedAt;
	}

	void supersede() {
		this.active = false;
	}

	int getYear() {
		return year;
	}

	String getSource() {
		return source;
	}

	String getImportedBy() {
		return importedBy;
	}

	Instant getImportedAt() {
		return importedAt;
	}

	HolidayDay view() {
		return new HolidayDay(date, kind, name);
	}

}
