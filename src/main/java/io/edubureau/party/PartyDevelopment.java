package io.edubureau.party;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.edubureau.platform.Rejection;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One person's development pipeline (发展党员), from the application to full membership. Each
 * step is a method that refuses a wrong stage and leaves a history row; the rule
 * ({@link DevelopmentRule}) has checked the dates before. Nothing is deleted: a
 * disqualified pipeline stays with its history.
 */
@Entity
@Table(name = "party_development")
class PartyDevelopment {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "party_seq")
	@SequenceGenerator(name = "party_seq", sequenceName = "party_seq", allocationSize = 50)
	private Long id;

	private Long staffId;

	@Column(nullable = false, length = 50)
	private String personName;

	@Column(nullable = false)
	private LocalDate birthDate;

	@Column(nullable = false)
	private Long organisationId;

	@Column(nullable = false)
	private Long unitId;

	@Column(nullable = false, length = 400)
	private String unitPath;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private DevelopmentStage stage;

	@Column(nullable = false)
	private LocalDate appliedOn;

	private LocalDate talkedOn;

	private LocalDate activistOn;

	@Column(nullable = false)
	private int assessments;

	private LocalDate lastAssessmentOn;

	private LocalDate targetOn;

	private LocalDate reviewedOn;

	private LocalDate trainedOn;

	private LocalDate noticeFrom;

	private LocalDate noticeTo;

	private LocalDate votedOn;

	private Integer votesEntitled;

	private Integer votesPresent;

	private Integer votesInFavour;

	private LocalDate approvedOn;

	@Column(length = 500)
	private String approvalSpecialReason;

	private LocalDate probationEnd;

	private Integer extensionMonths;

	private LocalDate convertedOn;

	private LocalDate endedOn;

	@Column(length = 500)
	private String endReason;

	@Column(nullable = false, length = 64)
	private String updatedBy;

	@Column(nullable = false)
	private Instant updatedAt;

	@OneToMany(mappedBy = "development", cascade = CascadeType.ALL)
	@OrderBy("occurredAt, id")
	private List<DevelopmentStep> steps = new ArrayList<>();

	@Version
	private long version;

	protected PartyDevelopment() {
	}

	PartyDevelopment(Long staffId, String personName, LocalDate birthDate, PartyOrganisation branch,
			LocalDate appliedOn, String by) {
		this.staffId = staffId;
		this.personName = personName;
		this.birthDate = birthDate;
		this.organisationId = branch.getId();
		this.unitId = branch.getUnitId();
		this.unitPath = branch.getUnitPath();
		this.appliedOn = appliedOn;
		move(DevelopmentStepKind.APPLICATION, appliedOn, DevelopmentStage.APPLICANT, null, by);
	}

	/**
	 * Applies a step the rule has allowed; a step of the wrong stage is refused here too.
	 */
	void apply(DevelopmentRule.Request r, LocalDate probationEndAfterApproval, String by) {
		DevelopmentStage to = stage;
		String detail = null;
		switch (r.step()) {
			case TALK -> {
				guard(DevelopmentStage.APPLICANT);
				talkedOn = r.date();
			}
			case ACTIVIST -> {
				guard(DevelopmentStage.APPLICANT);
				activistOn = r.date();
				to = DevelopmentStage.ACTIVIST;
			}
			case ASSESSMENT -> {
				guard(DevelopmentStage.ACTIVIST);
				assessments++;
				lastAssessmentOn = r.date();
			}
			case DEVELOPMENT_TARGET -> {
				guard(DevelopmentStage.ACTIVIST);
				targetOn = r.date();
				to = DevelopmentStage.DEVELOPMENT_TARGET;
			}
			case POLITICAL_REVIEW -> {
				guard(DevelopmentStage.DEVELOPMENT_TARGET);
				reviewedOn = r.date();
			}
			case TRAINING -> {
				guard(DevelopmentStage.DEVELOPMENT_TARGET);
				trainedOn = r.date();
				detail = (r.days() == null ? "" : r.days() + "d") + (r.hours() == null ? "" : " " + r.hours() + "h");
			}
			case PUBLIC_NOTICE -> {
				guard(DevelopmentStage.DEVELOPMENT_TARGET);
				noticeFrom = r.date();
				noticeTo = r.until();
				detail = r.date() + "/" + r.until();
			}
			case BRANCH_VOTE -> {
				guard(DevelopmentStage.DEVELOPMENT_TARGET);
				votedOn = r.date();
				votesEntitled = r.entitled();
				votesPresent = r.present();
				votesInFavour = r.inFavour();
				to = DevelopmentStage.ADMITTED;
				detail = r.inFavour() + "/" + r.present() + "/" + r.entitled();
			}
			case PROBATIONARY -> {
				guard(DevelopmentStage.ADMITTED);
				approvedOn = r.date();
				approvalSpecialReason = blankToNull(r.reason());
				probationEnd = probationEndAfterApproval;
				to = DevelopmentStage.PROBATIONARY;
				detail = approvalSpecialReason;
			}
			case FULL_MEMBER -> {
				guard(DevelopmentStage.PROBATIONARY);
				convertedOn = r.date();
				to = DevelopmentStage.FULL_MEMBER;
			}
			case EXTENSION -> {
				guard(DevelopmentStage.PROBATIONARY);
				extensionMonths = r.months();
				probationEnd = probationEnd.plusMonths(r.months());
				detail = r.months() + "; " + r.reason();
			}
			case DISQUALIFIED -> {
				guard(DevelopmentStage.ADMITTED, DevelopmentStage.PROBATIONARY);
				endedOn = r.date();
				endReason = r.reason();
				to = DevelopmentStage.DISQUALIFIED;
				detail = r.reason();
			}
			default -> throw new Rejection("step", "party.step.unknown", String.valueOf(r.step()));
		}
		move(r.step(), r.date(), to, detail, by);
	}

	private void guard(DevelopmentStage... allowed) {
		for (DevelopmentStage s : allowed) {
			if (s == stage) {
				return;
			}
		}
		throw new Rejection("step", "party.step.stage", stage.name());
	}

	private void move(DevelopmentStepKind step, LocalDate on, DevelopmentStage to, String detail, String by) {
		DevelopmentStage from = stage;
		this.stage = to;
		this.updatedBy = by;
		this.updatedAt = Instant.now();
		steps.add(new DevelopmentStep(this, step, on, from, to, detail, by));
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	Long getId() {
		return id;
	}

	Long getStaffId() {
		return staffId;
	}

	String getPersonName() {
		return personName;
	}

	LocalDate getBirthDate() {
		return birthDate;
	}

	Long getOrganisationId() {
		return organisationId;
	}

	Long getUnitId() {
		return unitId;
	}

	DevelopmentStage getStage() {
		return stage;
	}

	LocalDate getAppliedOn() {
		return appliedOn;
	}

	LocalDate getTalkedOn() {
		return talkedOn;
	}

	LocalDate getActivistOn() {
		return activistOn;
	}

	int getAssessments() {
		return assessments;
	}

	LocalDate getLastAssessmentOn() {
		return lastAssessmentOn;
	}

	LocalDate getTargetOn() {
		return targetOn;
	}

	LocalDate getReviewedOn() {
		return reviewedOn;
	}

	LocalDate getTrainedOn() {
		return trainedOn;
	}

	LocalDate getNoticeFrom() {
		return noticeFrom;
	}

	LocalDate getNoticeTo() {
		return noticeTo;
	}

	LocalDate getVotedOn() {
		return votedOn;
	}

	LocalDate getApprovedOn() {
		return approvedOn;
	}

	LocalDate getProbationEnd() {
		return probationEnd;
	}

	Integer getExtensionMonths() {
		return extensionMonths;
	}

	LocalDate getConvertedOn() {
		return convertedOn;
	}

	LocalDate getEndedOn() {
		return endedOn;
	}

	List<DevelopmentStep> getSteps() {
		return steps;
	}

}
