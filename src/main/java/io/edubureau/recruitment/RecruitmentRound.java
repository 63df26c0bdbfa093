package io.edubureau.recruitment;

import java.time.Instant;
import java.time.LocalDate;

import io.edubureau.platform.Rejection;
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
 * A recruitment round (招聘) of one bureau and year with its local parameters (score
 * weights, precision, selection ratio, days of public notice); only {@link #moveTo}
 * changes its status, along DRAFT → APPROVED → PUBLISHED → CLOSED.
 */
@Entity
@Table(name = "recruitment_round")
class RecruitmentRound {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recruitment_seq")
	@SequenceGenerator(name = "recruitment_seq", sequenceName = "recruitment_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long ownerUnitId;

	@Column(name = "round_year", nullable = false)
	private int year;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false)
	private int writtenWeight;

	@Column(nullable = false)
	private int interviewWeight;

	@Column(nullable = false)
	private int scoreScale;

	@Column(nullable = false)
	private int selectionRatio;

	@Column(nullable = false)
	private int publicityDays;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private RoundStatus status;

	@Column(length = 100)
	private String approvalDocument;

	private LocalDate approvedOn;

	private LocalDate publishedOn;

	@Column(nullable = false, length = 64)
	private String updatedBy;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected RecruitmentRound() {
	}

	RecruitmentRound(long ownerUnitId, int year, String title, int writtenWeight, int interviewWeight, int scoreScale,
			int selectionRatio, int publicityDays, String by) {
		this.ownerUnitId = ownerUnitId;
		this.year = year;
		this.title = title;
		this.writtenWeight = writtenWeight;
		this.interviewWeight = interviewWeight;
		this.scoreScale = scoreScale;
		this.selectionRatio = selectionRatio;
		this.publicityDays = publicityDays;
		this.status = RoundStatus.DRAFT;
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	static boolean allowed(RoundStatus from, RoundStatus to) {
		return switch (to) {
			case APPROVED -> from == RoundStatus.DRAFT;
			case PUBLISHED -> from == RoundStatus.APPROVED;
			case CLOSED -> from == RoundStatus.PUBLISHED;
			case DRAFT -> false;
		};
	}

	void moveTo(RoundStatus to, String by) {
		if (!allowed(status, to)) {
			throw new Rejection("status", "recruitment.round.transition",
					RecruitmentRules.label("enum.RoundStatus." + status.name()),
					RecruitmentRules.label("enum.RoundStatus." + to.name()));
		}
		this.status = to;
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	void approve(String document, LocalDate on, String by) {
		moveTo(RoundStatus.APPROVED, by);
		this.approvalDocument = document;
		this.approvedOn = on;
	}

	void publish(LocalDate on, String by) {
		moveTo(RoundStatus.PUBLISHED, by);
		this.publishedOn = on;
	}

	Long getId() {
		return id;
	}

	Long getOwnerUnitId() {
		return ownerUnitId;
	}

	int getYear() {
		return year;
	}

	String getTitle() {
		return title;
	}

	int getWrittenWeight() {
		return writtenWeight;
	}

	int getInterviewWeight() {
		return interviewWeight;
	}

	int getScoreScale() {
		return scoreScale;
	}

	int getSelectionRatio() {
		return selectionRatio;
	}

	int getPublicityDays() {
		return publicityDays;
	}

	RoundStatus getStatus() {
		return status;
	}

	String getApprovalDocument() {
		return approvalDocument;
	}

	LocalDate getApprovedOn() {
		return approvedOn;
	}

	LocalDate getPublishedOn() {
		return publishedOn;
	}

}
