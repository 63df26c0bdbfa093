package io.edubureau.students;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One dated follow-up of a dropout control case (a home visit, a talk, a referral). */
@Entity
@Table(name = "students_dropout_action")
class DropoutAction {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "students_seq")
	@SequenceGenerator(name = "students_seq", sequenceName = "students_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long caseId;

	@Column(nullable = false)
	private LocalDate actedOn;

	@Column(name = "action_taken", nullable = false, length = 500)
	private String action;

	@Column(nullable = false, length = 50)
	private String byPerson;

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(nullable = false)
	private Instant recordedAt;

	protected DropoutAction() {
	}

	DropoutAction(long caseId, LocalDate actedOn, String action, String byPerson, String actor) {
		this.caseId = caseId;
		this.actedOn = actedOn;
		this.action = action;
		this.byPerson = byPerson;
		this.actor = actor;
		this.recordedAt = Instant.now();
	}

	ActionView toView() {
		return new ActionView(actedOn, action, byPerson, actor);
	}

}
