package io.edubureau.recruitment;

import java.time.Instant;

import io.edubureau.org.Stage;
import io.edubureau.staff.Education;
import io.edubureau.staff.HireChannel;
import io.edubureau.staff.PostCategory;
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
 * A position of a round's plan: unit, post category, stage and subject, number, channel,
 * requirements.
 */
@Entity
@Table(name = "recruitment_position")
class RecruitmentPosition {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recruitment_seq")
	@SequenceGenerator(name = "recruitment_seq", sequenceName = "recruitment_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long roundId;

	@Column(nullable = false)
	private Long unitId;

	// Copy of the unit's tree path for scope queries, kept in step by UnitMoved events.
	@Column(nullable = false, length = 400)
	private String unitPath;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private PostCategory postCategory;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private Stage stage;

	@Column(length = 30)
	private String subject;

	@Column(nullable = false)
	private int headcount;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private HireChannel channel;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private Education minEducation;

	@Column(nullable = false)
	private boolean certificateRequired;

	private Integer maxAge;

	@Column(length = 50)
	private String household;

	@Column(nullable = false, length = 64)
	private String createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	protected RecruitmentPosition() {
	}

	RecruitmentPosition(long roundId, long unitId, String unitPath, Forms.PositionForm f, String by) {
		this.roundId = roundId;
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.postCategory = f.postCategory();
		this.stage = f.stage();
		this.subject = f.subject();
		this.headcount = f.headcount();
		this.channel = f.channel();
		this.minEducation = f.minEducation();
		this.certificateRequired = Boolean.TRUE.equals(f.certificateRequired());
		this.maxAge = f.maxAge();
		this.household = f.household();
		this.createdBy = by;
		this.createdAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	Long getRoundId() {
		return roundId;
	}

	Long getUnitId() {
		return unitId;
	}

	String getUnitPath() {
		return unitPath;
	}

	PostCategory getPostCategory() {
		return postCategory;
	}

	Stage getStage() {
		return stage;
	}

	String getSubject() {
		return subject;
	}

	int getHeadcount() {
		return headcount;
	}

	HireChannel getChannel() {
		return channel;
	}

	Education getMinEducation() {
		return minEducation;
	}

	boolean isCertificateRequired() {
		return certificateRequired;
	}

	Integer getMaxAge() {
		return maxAge;
	}

	String getHousehold() {
		return household;
	}

}
