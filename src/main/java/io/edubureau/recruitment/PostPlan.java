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

/**
 * One line of a unit's post plan (岗位设置方案): the number of posts approved at a grade from a
 * date by a document. A new plan is a new set of lines with a later date; lines are never
 * changed, so every earlier plan stays readable.
 */
@Entity
@Table(name = "recruitment_post_plan")
class PostPlan {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recruitment_seq")
	@SequenceGenerator(name = "recruitment_seq", sequenceName = "recruitment_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long unitId;

	@Column(nullable = false, length = 400)
	private String unitPath;

	@Column(nullable = false)
	private LocalDate effectiveFrom;

	@Column(nullable = false, length = 100)
	private String document;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private PostGrade grade;

	@Column(nullable = false)
	private int posts;

	@Column(nullable = false, length = 64)
	private String createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	protected PostPlan() {
	}

	PostPlan(long unitId, String unitPath, LocalDate effectiveFrom, String document, PostGrade grade, int posts,
			String by) {
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.effectiveFrom = effectiveFrom;
		this.document = document;
		this.grade = grade;
		this.posts = posts;
		this.createdBy = by;
		this.createdAt = Instant.now();
	}

	Long getUnitId() {
		return unitId;
	}

	String getUnitPath() {
		return unitPath;
	}

	LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	String getDocument() {
		return document;
	}

	PostGrade getGrade() {
		return grade;
	}

	int getPosts() {
		return posts;
	}

}
