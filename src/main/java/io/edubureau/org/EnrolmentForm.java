package io.edubureau.org;

import jakarta.validation.constraints.NotNull;

/**
 * Students and classes of one stage in one school year, as entered on the unit's page or
 * sent to the API; ranges are checked by {@link OrgManagement#recordEnrolment}.
 */
class EnrolmentForm {

	@NotNull(message = "{org.enrolment.schoolYear.required}")
	private Integer schoolYear;

	@NotNull(message = "{org.enrolment.stage.required}")
	private Stage stage;

	@NotNull(message = "{org.enrolment.students.required}")
	private Integer students;

	@NotNull(message = "{org.enrolment.classes.required}")
	private Integer classes;

	EnrolmentView toView() {
		return new EnrolmentView(schoolYear, stage, students, classes);
	}

	public Integer getSchoolYear() {
		return schoolYear;
	}

	public void setSchoolYear(Integer schoolYear) {
		this.schoolYear = schoolYear;
	}

	public Stage getStage() {
		return stage;
	}

	public void setStage(Stage stage) {
		this.stage = stage;
	}

	public Integer getStudents() {
		return students;
	}

	public void setStudents(Integer students) {
		this.students = students;
	}

	public Integer getClasses() {
		return classes;
	}

	public void setClasses(Integer classes) {
		this.classes = classes;
	}

}
