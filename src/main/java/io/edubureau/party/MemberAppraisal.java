package io.edubureau.party;

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
 * A member's democratic appraisal of a year: the mutual-assessment tallies, the branch's
 * grade and, for 不合格, the follow-up as guarded steps.
 */
@Entity
@Table(name = "party_appraisal")
class MemberAppraisal {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "party_seq")
	@SequenceGenerator(name = "party_seq", sequenceName = "party_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long organisationId;

	@Column(nullable = false)
	private Long unitId;

	@Column(nullable = false, length = 400)
	private String unitPath;

	@Column(nullable = false)
	private Long staffId;

	@Column(nullable = false, length = 50)
	private String personName;

	@Column(name = "appraisal_year", nullable = false)
	private int year;

	@Column(length = 1000)
	private String selfAssessment;

	private int excellent;

	private int qualified;

	private int basicallyQualified;

	private int unqualified;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private AppraisalGrade grade;

	@Column(nullable = false)
	private LocalDate gradedOn;

	@Enumerated(EnumType.STRING)
	@Column(length = 30)
	private FollowUp followUp;

	private LocalDate correctionUntil;

	private LocalDate followUpOn;

	@Column(length = 500)
	private String followUpNote;

	@Column(nullable = false, length = 64)
	private String recordedBy;

	@Version
	private long version;

	protected MemberAppraisal() {
	}

	MemberAppraisal(long organisationId, long unitId, String unitPath, long staffId, String personName, int year,
			String selfAssessment, int[] tallies, AppraisalGrade grade, LocalDate gradedOn, String by) {
		this.organisationId = organisationId;
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.staffId = staffId;
		this.personName = personName;
		this.year = year;
		this.selfAssessment = selfAssessment;
		this.excellent = tallies[0];
		this.qualified = tallies[1];
		this.basicallyQualified = tallies[2];
		this.unqualified = tallies[3];
		this.grade = grade;
		this.gradedOn = gradedOn;
		this.followUp = grade == AppraisalGrade.UNQUALIFIED ? FollowUp.DUE : null;
		this.recordedBy = by;
	}

	/** 限期改正: from the day to the deadline; only while the follow-up is due. */
	void correction(LocalDate on, LocalDate until, String note) {
		require(FollowUp.DUE);
		this.followUp = FollowUp.CORRECTING;
		this.correctionUntil = until;
		this.followUpOn = on;
		this.followUpNote = note;
	}

	/**
	 * The end of the correction, on its deadline or later: corrected, or persuaded to
	 * withdraw.
	 */
	void conclude(FollowUp outcome, LocalDate on, String note) {
		require(FollowUp.CORRECTING);
		if (outcome != FollowUp.CORRECTED && outcome != FollowUp.PERSUADED_TO_WITHDRAW) {
			throw new Rejection("outcome", "party.appraisal.outcome");
		}
		if (on.isBefore(correctionUntil)) {
			throw new Rejection("on", "party.appraisal.correctionRunning", on.toString(), correctionUntil.toString());
		}
		this.followUp = outcome;
		this.followUpOn = on;
		this.followUpNote = note;
	}

	/** 除名: a member persuaded to withdraw who has not. */
	void remove(LocalDate on, String note) {
		require(FollowUp.PERSUADED_TO_WITHDRAW);
		if (on.isBefore(followUpOn)) {
			throw new Rejection("on", "party.appraisal.beforeLastStep", on.toString(), followUpOn.toString());
		}
		this.followUp = FollowUp.REMOVED;
		this.followUpOn = on;
		this.followUpNote = note;
	}

	private void require(FollowUp state) {
		if (followUp != state) {
			throw new Rejection("followUp", "party.appraisal.wrongState", String.valueOf(followUp), state.name());
		}
	}

	AppraisalStep step(FollowUp from, LocalDate on, String note, String actor) {
		return new AppraisalStep(id, from, followUp, on, note, actor, Instant.now());
	}

	AppraisalView toView(String organisationName) {
		return new AppraisalView(id, organisationId, organisationName, unitId, staffId, personName, year,
				selfAssessment, excellent, qualified, basicallyQualified, unqualified, grade, gradedOn, followUp,
				correctionUntil, followUpOn, followUpNote);
	}

	Long getId() {
		return id;
	}

	Long getOrganisationId() {
		return organisationId;
	}

	Long getStaffId() {
		return staffId;
	}

	String getPersonName() {
		return personName;
	}

	int getYear() {
		return year;
	}

	AppraisalGrade getGrade() {
		return grade;
	}

	FollowUp getFollowUp() {
		return followUp;
	}

	LocalDate getGradedOn() {
		return gradedOn;
	}

}
