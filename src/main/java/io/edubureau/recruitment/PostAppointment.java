package io.edubureau.recruitment;

import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

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
 * A person's appointment to a post at a grade (岗位聘用) from a date; a later appointment
 * closes it the day before ({@link #close}), so the person holds one post at a time and
 * the earlier ones stay as history.
 */
@Entity
@Table(name = "recruitment_post_appointment")
class PostAppointment {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recruitment_seq")
	@SequenceGenerator(name = "recruitment_seq", sequenceName = "recruitment_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long staffId;

	@Column(nullable = false, length = 50)
	private String staffName;

	@Column(nullable = false)
	private Long unitId;

	@Column(nullable = false, length = 400)
	private String unitPath;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private PostGrade grade;

	@Column(nullable = false)
	private LocalDate fromDate;

	private LocalDate toDate;

	@Column(length = 200)
	private String note;

	@Column(nullable = false, length = 64)
	private String createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected PostAppointment() {
	}

	PostAppointment(long staffId, String staffName, long unitId, String unitPath, PostGrade grade, LocalDate from,
			String note, String by) {
		this.staffId = staffId;
		this.staffName = staffName;
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.grade = grade;
		this.fromDate = from;
		this.note = note;
		this.createdBy = by;
		this.createdAt = Instant.now();
	}

	/** Ends the appointment on a day; an appointment ends once. */
	void close(LocalDate on) {
		if (toDate != null) {
			throw new IllegalStateException("appointment " + id + " already ended");
		}
		this.toDate = on;
	}

	PostView toView() {
		return new PostView(id, staffId, staffName, unitId, grade, grade.category(), fromDate, toDate, note);
	}

	/** An appointment as the pages and the API show it. */
	@Schema(name = "RecruitmentPostView")
	record PostView(long id, long staffId, String staffName, long unitId, PostGrade grade,
			io.edubureau.staff.PostCategory category, LocalDate from, LocalDate to, String note) {
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

	PostGrade getGrade() {
		return grade;
	}

	LocalDate getFromDate() {
		return fromDate;
	}

	LocalDate getToDate() {
		return toDate;
	}

}
