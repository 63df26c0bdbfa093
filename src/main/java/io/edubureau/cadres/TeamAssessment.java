package io.edubureau.cadres;

import java.math.BigDecimal;
import java.time.Instant;

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
 * A unit's leadership-team assessment (班子考核) in a round: the team ballots counted by
 * grade, the grade the rule gave, ENTERED → CONFIRMED.
 */
@Entity
@Table(name = "cadres_team_assessment")
class TeamAssessment {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadres_seq")
	@SequenceGenerator(name = "cadres_seq", sequenceName = "cadres_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long roundId;

	@Column(nullable = false)
	private Long teamId;

	@Column(nullable = false)
	private Long unitId;

	@Column(name = "evaluation_year", nullable = false)
	private int year;

	private int good;

	private int fairlyGood;

	private int average;

	private int poor;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private TeamGrade grade;

	@Column(nullable = false, precision = 7, scale = 4)
	private BigDecimal goodShare;

	@Column(nullable = false, precision = 7, scale = 4)
	private BigDecimal favourableShare;

	@Column(nullable = false, precision = 7, scale = 4)
	private BigDecimal poorShare;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private TeamAssessmentStatus status;

	@Column(length = 1000)
	private String note;

	@Column(nullable = false, length = 64)
	private String enteredBy;

	@Column(nullable = false)
	private Instant enteredAt;

	@Version
	private long version;

	protected TeamAssessment() {
	}

	TeamAssessment(EvaluationRound round, long unitId) {
		this.roundId = round.getId();
		this.unitId = unitId;
		this.year = round.getYear();
		this.status = TeamAssessmentStatus.ENTERED;
	}

	void count(long teamId, int good, int fairlyGood, int average, int poor, TeamGradeRule.Decision d, String note,
			String by) {
		if (status != TeamAssessmentStatus.ENTERED) {
			throw new IllegalStateException("team assessment " + id + " is " + status);
		}
		this.teamId = teamId;
		this.good = good;
		this.fairlyGood = fairlyGood;
		this.average = average;
		this.poor = poor;
		this.grade = d.grade();
		this.goodShare = d.goodShare();
		this.favourableShare = d.favourableShare();
		this.poorShare = d.poorShare();
		this.note = note;
		this.enteredBy = by;
		this.enteredAt = Instant.now();
	}

	void confirm() {
		if (status != TeamAssessmentStatus.ENTERED) {
			throw new IllegalStateException("team assessment " + id + " is " + status);
		}
		this.status = TeamAssessmentStatus.CONFIRMED;
	}

	Long getId() {
		return id;
	}

	Long getRoundId() {
		return roundId;
	}

	Long getTeamId() {
		return teamId;
	}

	Long getUnitId() {
		return unitId;
	}

	int getYear() {
		return year;
	}

	int getGood() {
		return good;
	}

	int getFairlyGood() {
		return fairlyGood;
	}

	int getAverage() {
		return average;
	}

	int getPoor() {
		return poor;
	}

	TeamGrade getGrade() {
		return grade;
	}

	BigDecimal getGoodShare() {
		return goodShare;
	}

	BigDecimal getFavourableShare() {
		return favourableShare;
	}

	BigDecimal getPoorShare() {
		return poorShare;
	}

	TeamAssessmentStatus getStatus() {
		return status;
	}

	String getNote() {
		return note;
	}

	String getEnteredBy() {
		return enteredBy;
	}

	Instant getEnteredAt() {
		return enteredAt;
	}

}
