package io.edubureau.aid;

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
 * A payment batch (发放批次): the approved applications of a programme and semester in a
 * bureau's scope, paid on a day.
 */
@Entity
@Table(name = "aid_batch")
class PaymentBatch {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "aid_seq")
	@SequenceGenerator(name = "aid_seq", sequenceName = "aid_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long ownerUnitId;

	@Column(nullable = false, length = 400)
	private String ownerPath;

	@Column(nullable = false, length = 30)
	private String programmeCode;

	@Column(nullable = false, length = 7)
	private String semester;

	@Column(nullable = false)
	private LocalDate paidOn;

	@Column(nullable = false)
	private int students;

	@Column(nullable = false)
	private long amountFen;

	@Column(nullable = false, length = 64)
	private String createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	protected PaymentBatch() {
	}

	PaymentBatch(long ownerUnitId, String ownerPath, String programmeCode, Semester semester, LocalDate paidOn,
			String by) {
		this.ownerUnitId = ownerUnitId;
		this.ownerPath = ownerPath;
		this.programmeCode = programmeCode;
		this.semester = semester.code();
		this.paidOn = paidOn;
		this.createdBy = by;
		this.createdAt = Instant.now();
	}

	void counted(int students, long amountFen) {
		this.students = students;
		this.amountFen = amountFen;
	}

	Long getId() {
		return id;
	}

	String getProgrammeCode() {
		return programmeCode;
	}

	String getSemester() {
		return semester;
	}

	BatchView toView() {
		return new BatchView(id, ownerUnitId, programmeCode, semester, paidOn, students, amountFen, createdBy);
	}

}
