package io.edubureau.cadres;

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

/**
 * One entry, correction or confirmation of a leadership-team grade, kept as its history.
 */
@Entity
@Table(name = "cadres_team_assessment_step")
class TeamAssessmentStep {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadres_seq")
	@SequenceGenerator(name = "cadres_seq", sequenceName = "cadres_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long assessmentId;

	@Enumerated(EnumType.STRING)
	@Column(length = 10)
	private TeamAssessmentStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private TeamAssessmentStatus toStatus;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private TeamGrade grade;

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(nullable = false)
	private Instant occurredAt;

	protected TeamAssessmentStep() {
	}

	TeamAssessmentStep(long assessmentId, TeamAssessmentStatus from, TeamAssessmentStatus to, TeamGrade grade,
			String actor) {
		this.assessmentId = assessmentId;
		this.fromStatus = from;
		this.toStatus = to;
		this.grade = grade;
		this.actor = actor;
		this.occurredAt = Instant.now();
	}

	Views.TeamStepView view() {
		return new Views.TeamStepView(fromStatus, toStatus, grade, actor, occurredAt);
	}

}
