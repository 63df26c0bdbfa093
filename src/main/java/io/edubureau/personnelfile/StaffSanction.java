package io.edubureau.personnelfile;

import java.time.Instant;
import java.time.LocalDate;

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

/**
 * A sanction or other handling decided about a person (处分); never deleted, only revoked
 * (撤销处分), which ends it early and keeps the record.
 */
@Entity
@Table(name = "staff_sanction")
class StaffSanction {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_sanction_seq")
	@SequenceGenerator(name = "staff_sanction_seq", sequenceName = "staff_sanction_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long staffId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private SanctionKind kind;

	@Column(nullable = false)
	private LocalDate decidedOn;

	@Column(nullable = false, length = 100)
	private String decidedBy;

	@Column(nullable = false, length = 500)
	private String reason;

	@Column(length = 60)
	private String documentNumber;

	private Integer periodMonths;

	private LocalDate periodEnd;

	private LocalDate revokedOn;

	@Column(length = 500)
	private String revocationNote;

	@Column(length = 64)
	private String revokedBy;

	@Column(nullable = false, length = 64)
	private String recordedBy;

	@Column(nullable = false)
	private Instant recordedAt;

	@Version
	private long version;

	protected StaffSanction() {
	}

	StaffSanction(Long staffId, SanctionForm form, Integer periodMonths, String by) {
		this.staffId = staffId;
		this.kind = form.kind();
		this.decidedOn = form.decidedOn();
		this.decidedBy = form.decidedBy();
		this.reason = form.reason();
		this.documentNumber = form.documentNumber();
		this.periodMonths = periodMonths;
		this.periodEnd = periodMonths == null ? null : SanctionRecord.lastDayOf(decidedOn, periodMonths);
		this.recordedBy = by;
		this.recordedAt = Instant.now();
	}

	/** Revokes the sanction from a date; once only, never before its decision. */
	void revoke(LocalDate on, String note, String by) {
		if (revokedOn != null) {
			throw new Rejection(null, "sanction.revoked.already", revokedOn.toString());
		}
		if (on.isBefore(decidedOn)) {
			throw new Rejection("revokedOn", "sanction.revokedOn.beforeDecision", on.toString(), decidedOn.toString());
		}
		this.revokedOn = on;
		this.revocationNote = note;
		this.revokedBy = by;
	}

	Long getId() {
		return id;
	}

	Long getStaffId() {
		return staffId;
	}

	SanctionRecord toRecord() {
		return new SanctionRecord(id, staffId, kind, decidedOn, decidedBy, reason, documentNumber, periodMonths,
				periodEnd, revokedOn, revocationNote, recordedBy, recordedAt);
	}

}
