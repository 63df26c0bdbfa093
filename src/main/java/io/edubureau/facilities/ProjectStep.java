package io.edubureau.facilities;

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
 * One event of a project's history: a stage moved, or (same stage on both sides) a budget
 * change approved or progress reported.
 */
@Entity
@Table(name = "facilities_project_step")
class ProjectStep {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "facilities_seq")
	@SequenceGenerator(name = "facilities_seq", sequenceName = "facilities_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long projectId;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private ProjectStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ProjectStatus toStatus;

	@Column(name = "on_day", nullable = false)
	private LocalDate onDay;

	private Long amountFen;

	@Column(length = 500)
	private String note;

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(nullable = false)
	private Instant occurredAt;

	protected ProjectStep() {
	}

	ProjectStep(long projectId, ProjectStatus from, ProjectStatus to, LocalDate onDay, Long amountFen, String note,
			String actor) {
		this.projectId = projectId;
		this.fromStatus = from;
		this.toStatus = to;
		this.onDay = onDay;
		this.amountFen = amountFen;
		this.note = note;
		this.actor = actor;
		this.occurredAt = Instant.now();
	}

	ProjectStepView toView() {
		return new ProjectStepView(fromStatus, toStatus, onDay, amountFen, note, actor, occurredAt);
	}

}
