package io.edubureau.ethics;

import java.time.Instant;
import java.time.LocalDate;

import io.edubureau.platform.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One step of a case, kept for good. */
@Entity
@Table(name = "ethics_case_step")
class CaseStep {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ethics_seq")
	@SequenceGenerator(name = "ethics_seq", sequenceName = "ethics_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long caseId;

	@Enumerated(EnumType.STRING)
	@Column(length = 15)
	private CaseStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 15)
	private CaseStatus toStatus;

	private LocalDate onDay;

	@Column(length = 1000)
	private String note;

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(nullable = false)
	private Instant at;

	protected CaseStep() {
	}

	CaseStep(long caseId, CaseStatus from, CaseStatus to, LocalDate onDay, String note) {
		this.caseId = caseId;
		this.fromStatus = from;
		this.toStatus = to;
		this.onDay = onDay;
		this.note = note;
		this.actor = Actor.current();
		this.at = Instant.now();
	}

	Views.StepView toView() {
		return new Views.StepView(fromStatus == null ? null : fromStatus.name(), toStatus.name(), onDay, note, actor,
				at);
	}

}
