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

/** A payment on a project, in fen; never changed or removed once recorded. */
@Entity
@Table(name = "facilities_payment")
class ProjectPayment {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "facilities_seq")
	@SequenceGenerator(name = "facilities_seq", sequenceName = "facilities_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long projectId;

	// The project's unit path, for the yearly investment in a scope.
	@Column(nullable = false, length = 400)
	private String unitPath;

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

	protected ProjectPayment() {
	}

	ProjectPayment(ConstructionProject project, LocalDate paidOn, long amountFen, String note, String by) {
		this.projectId = project.getId();
		this.unitPath = project.getUnitPath();
		this.paidOn = paidOn;
		this.amountFen = amountFen;
		this.note = note;
		this.recordedBy = by;
		this.recordedAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	Long getProjectId() {
		return projectId;
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

	String getRecordedBy() {
		return recordedBy;
	}

}
