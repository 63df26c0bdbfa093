package io.edubureau.students;

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
 * A school's year-end promotion: done once per school year; its members are set-based
 * rows.
 */
@Entity
@Table(name = "students_promotion")
class Promotion {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "students_seq")
	@SequenceGenerator(name = "students_seq", sequenceName = "students_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long unitId;

	@Column(nullable = false)
	private int schoolYear;

	@Column(nullable = false)
	private LocalDate promotedOn;

	@Column(nullable = false)
	private int promoted;

	@Column(nullable = false)
	private int graduated;

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(nullable = false)
	private Instant recordedAt;

	protected Promotion() {
	}

	Promotion(long unitId, int schoolYear, LocalDate promotedOn, String actor) {
		this.unitId = unitId;
		this.schoolYear = schoolYear;
		this.promotedOn = promotedOn;
		this.actor = actor;
		this.recordedAt = Instant.now();
	}

	void counted(int promoted, int graduated) {
		this.promoted = promoted;
		this.graduated = graduated;
	}

	Long getId() {
		return id;
	}

	PromotionView toView() {
		return new PromotionView(id, unitId, schoolYear, promotedOn, promoted, graduated, actor);
	}

}
