package io.edubureau.party;

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

/** One step of an appraisal's follow-up, kept as history. */
@Entity
@Table(name = "party_appraisal_step")
class AppraisalStep {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "party_seq")
	@SequenceGenerator(name = "party_seq", sequenceName = "party_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long appraisalId;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_state", length = 30)
	private FollowUp from;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_state", nullable = false, length = 30)
	private FollowUp to;

	@Column(name = "step_on", nullable = false)
	private LocalDate on;

	@Column(length = 500)
	private String note;

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(nullable = false)
	private Instant recordedAt;

	protected AppraisalStep() {
	}

	AppraisalStep(long appraisalId, FollowUp from, FollowUp to, LocalDate on, String note, String actor,
			Instant recordedAt) {
		this.appraisalId = appraisalId;
		this.from = from;
		this.to = to;
		this.on = on;
		this.note = note;
		this.actor = actor;
		this.recordedAt = recordedAt;
	}

}
