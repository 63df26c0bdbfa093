package io.edubureau.ethics;

import java.time.Instant;

import io.edubureau.platform.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A teacher's ethics assessment of one semester, by the school; the bureau reviews it.
 */
@Entity
@Table(name = "ethics_assessment")
class EthicsAssessment {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ethics_seq")
	@SequenceGenerator(name = "ethics_seq", sequenceName = "ethics_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long staffId;

	@Column(nullable = false)
	private Long unitId;

	@Column(name = "assessed_year", nullable = false)
	private int year;

	@Column(nullable = false)
	private int semester;

	@Column(nullable = false)
	private boolean passed;

	@Column(length = 500)
	private String notes;

	@Column(nullable = false, length = 64)
	private String assessedBy;

	@Column(nullable = false)
	private Instant assessedAt;

	@Column(length = 64)
	private String reviewedBy;

	private Instant reviewedAt;

	@Version
	private long version;

	protected EthicsAssessment() {
	}

	EthicsAssessment(long staffId, long unitId, int year, int semester, boolean passed, String notes) {
		this.staffId = staffId;
		this.unitId = unitId;
		this.year = year;
		this.semester = semester;
		this.passed = passed;
		this.notes = notes;
		this.assessedBy = Actor.current();
		this.assessedAt = Instant.now();
	}

	String getReviewedBy() {
		return reviewedBy;
	}

	void review() {
		this.reviewedBy = Actor.current();
		this.reviewedAt = Instant.now();
	}

	Views.AssessmentView toView() {
		return new Views.AssessmentView(id, staffId, unitId, year, semester, passed, notes, assessedBy, reviewedBy);
	}

	Long getId() {
		return id;
	}

	Long getStaffId() {
		return staffId;
	}

	Long getUnitId() {
		return unitId;
	}

	int getYear() {
		return year;
	}

	boolean isPassed() {
		return passed;
	}

}
