package io.edubureau.org;

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
 * Students and classes of one stage of one unit in one school year (keyed by its first
 * year).
 */
@Entity
@Table(name = "org_enrolment")
class Enrolment {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_enrolment_seq")
	@SequenceGenerator(name = "org_enrolment_seq", sequenceName = "org_enrolment_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long unitId;

	@Column(nullable = false)
	private int schoolYear;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private Stage stage;

	@Column(nullable = false)
	private int students;

	@Column(nullable = false)
	private int classes;

	protected Enrolment() {
	}

	Enrolment(Long unitId, int schoolYear, Stage stage) {
		this.unitId = unitId;
		this.schoolYear = schoolYear;
		this.stage = stage;
	}

	void record(int students, int classes) {
		this.students = students;
		this.classes = classes;
	}

	EnrolmentView toView() {
		return new EnrolmentView(schoolYear, stage, students, classes);
	}

	Long getId() {
		return id;
	}

	Long getUnitId() {
		return unitId;
	}

	int getSchoolYear() {
		return schoolYear;
	}

	Stage getStage() {
		return stage;
	}

	int getStudents() {
		return students;
	}

	int getClasses() {
		return classes;
	}

}
