package io.edubureau.retirement;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A person's death as recorded: the date, the cause if given, and who recorded it. */
@Entity
@Table(name = "staff_death_record")
class DeathRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_death_record_seq")
	@SequenceGenerator(name = "staff_death_record_seq", sequenceName = "staff_death_record_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long staffId;

	@Column(nullable = false)
	private LocalDate diedOn;

	@Column(length = 200)
	private String cause;

	@Column(length = 500)
	private String note;

	@Column(nullable = false, length = 64)
	private String recordedBy;

	@Column(nullable = false)
	private Instant recordedAt;

	protected DeathRecord() {
	}

	DeathRecord(Long staffId, LocalDate diedOn, String cause, String note, String recordedBy) {
		this.staffId = staffId;
		this.diedOn = diedOn;
		this.cause = cause;
		this.note = note;
		this.recordedBy = recordedBy;
		this.recordedAt = Instant.now();
	}

	DeathRecordView toView() {
		return new DeathRecordView(id, staffId, diedOn, cause, note, recordedBy, recordedAt);
	}

}
