package io.edubureau.cadres;

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
import jakarta.persistence.Version;

/** A person appointed to a post; ended with a reason, never deleted. */
@Entity
@Table(name = "cadres_appointment")
class Appointment {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadres_seq")
	@SequenceGenerator(name = "cadres_seq", sequenceName = "cadres_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long postId;

	@Column(nullable = false)
	private Long unitId;

	@Column(nullable = false)
	private Long staffId;

	@Column(nullable = false, length = 50)
	private String staffName;

	@Column(nullable = false)
	private LocalDate startDate;

	@Column(nullable = false, length = 100)
	private String documentNo;

	private LocalDate endDate;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private EndReason endReason;

	@Column(length = 500)
	private String endNote;

	@Column(nullable = false, length = 64)
	private String recordedBy;

	@Column(nullable = false)
	private Instant recordedAt;

	@Version
	private long version;

	protected Appointment() {
	}

	Appointment(CadrePost post, long staffId, String staffName, LocalDate startDate, String documentNo, String by) {
		this.postId = post.getId();
		this.unitId = post.getUnitId();
		this.staffId = staffId;
		this.staffName = staffName;
		this.startDate = startDate;
		this.documentNo = documentNo;
		this.recordedBy = by;
		this.recordedAt = Instant.now();
	}

	void end(LocalDate on, EndReason reason, String note) {
		if (endDate != null) {
			throw new IllegalStateException("appointment " + id + " ended on " + endDate);
		}
		this.endDate = on;
		this.endReason = reason;
		this.endNote = note;
	}

	Long getId() {
		return id;
	}

	Long getPostId() {
		return postId;
	}

	Long getUnitId() {
		return unitId;
	}

	Long getStaffId() {
		return staffId;
	}

	String getStaffName() {
		return staffName;
	}

	LocalDate getStartDate() {
		return startDate;
	}

	String getDocumentNo() {
		return documentNo;
	}

	LocalDate getEndDate() {
		return endDate;
	}

	EndReason getEndReason() {
		return endReason;
	}

	String getEndNote() {
		return endNote;
	}

	/** Whether it was held at some time in the year. */
	boolean heldIn(int year) {
		return startDate.getYear() <= year && (endDate == null || endDate.getYear() >= year);
	}

}
