package io.edubureau.recruitment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One transition of a round or an application: who, when, from where to where, and why.
 */
@Entity
@Table(name = "recruitment_step")
class RecruitmentStep {

	static final String ROUND = "ROUND";

	static final String APPLICATION = "APPLICATION";

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recruitment_seq")
	@SequenceGenerator(name = "recruitment_seq", sequenceName = "recruitment_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, length = 12)
	private String subjectKind;

	@Column(nullable = false)
	private Long subjectId;

	@Column(length = 12)
	private String fromStatus;

	@Column(nullable = false, length = 12)
	private String toStatus;

	@Column(length = 500)
	private String note;

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(nullable = false)
	private Instant occurredAt;

	protected RecruitmentStep() {
	}

	RecruitmentStep(String subjectKind, long subjectId, Enum<?> from, Enum<?> to, String note, String actor) {
		this.subjectKind = subjectKind;
		this.subjectId = subjectId;
		this.fromStatus = from == null ? null : from.name();
		this.toStatus = to.name();
		this.note = note;
		this.actor = actor;
		this.occurredAt = Instant.now();
	}

	Views.StepView toView() {
		return new Views.StepView(fromStatus, toStatus, note, actor, occurredAt);
	}

}
