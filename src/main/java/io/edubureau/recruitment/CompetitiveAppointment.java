package io.edubureau.recruitment;

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

/**
 * A competitive appointment (竞聘上岗) of one unit: a number of posts at a grade opened,
 * candidates scored, then DECIDED once: the best-ranked appointed, the others unplaced
 * (落聘) with a handling recorded for each.
 */
@Entity
@Table(name = "recruitment_appointment_round")
class CompetitiveAppointment {

	enum Status {

		OPEN, DECIDED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recruitment_seq")
	@SequenceGenerator(name = "recruitment_seq", sequenceName = "recruitment_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long unitId;

	@Column(nullable = false, length = 400)
	private String unitPath;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false)
	private LocalDate heldOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private PostGrade grade;

	@Column(nullable = false)
	private int posts;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private Status status;

	@Column(nullable = false, length = 64)
	private String updatedBy;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected CompetitiveAppointment() {
	}

	CompetitiveAppointment(long unitId, String unitPath, String title, LocalDate heldOn, PostGrade grade, int posts,
			String by) {
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.title = title;
		this.heldOn = heldOn;
		this.grade = grade;
		this.posts = posts;
		this.status = Status.OPEN;
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	void decide(String by) {
		if (status != Status.OPEN) {
			throw new IllegalStateException(status.name());
		}
		this.status = Status.DECIDED;
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	Long getUnitId() {
		return unitId;
	}

	String getUnitPath() {
		return unitPath;
	}

	String getTitle() {
		return title;
	}

	LocalDate getHeldOn() {
		return heldOn;
	}

	PostGrade getGrade() {
		return grade;
	}

	int getPosts() {
		return posts;
	}

	Status getStatus() {
		return status;
	}

}
