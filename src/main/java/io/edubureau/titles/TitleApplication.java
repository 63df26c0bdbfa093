package io.edubureau.titles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import io.edubureau.platform.Rejection;
import io.edubureau.staff.TitleLevel;
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

/** One person's application for a title level in a round; moved by guarded steps. */
@Entity
@Table(name = "titles_application")
class TitleApplication {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "titles_application_seq")
	@SequenceGenerator(name = "titles_application_seq", sequenceName = "titles_application_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long roundId;

	@Column(nullable = false)
	private Long staffId;

	@Column(nullable = false, length = 100)
	private String staffName;

	@Column(nullable = false)
	private Long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private TitleLevel currentLevel;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private TitleLevel targetLevel;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ApplicationState state;

	@Column(nullable = false)
	private boolean bySchool;

	@Column(nullable = false)
	private boolean eligible;

	@Column(length = 500)
	private String overrideNote;

	private Integer yesVotes;

	private Integer presentVotes;

	private LocalDate resultOn;

	private LocalDate appointedOn;

	@Column(nullable = false, length = 64)
	private String submittedBy;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected TitleApplication() {
	}

	TitleApplication(Long roundId, Long staffId, String staffName, Long unitId, TitleLevel currentLevel,
			TitleLevel targetLevel, boolean bySchool, boolean eligible, String by) {
		this.roundId = roundId;
		this.staffId = staffId;
		this.staffName = staffName;
		this.unitId = unitId;
		this.currentLevel = currentLevel;
		this.targetLevel = targetLevel;
		this.bySchool = bySchool;
		this.eligible = eligible;
		this.submittedBy = by;
		this.state = ApplicationState.SUBMITTED;
		this.updatedAt = Instant.now();
	}

	ApplicationState recommend(boolean yes) {
		return move(Set.of(ApplicationState.SUBMITTED),
				yes ? ApplicationState.RECOMMENDED : ApplicationState.NOT_RECOMMENDED);
	}

	ApplicationState review(boolean qualified, boolean eligibleNow, String overrideNote) {
		this.eligible = eligibleNow;
		this.overrideNote = overrideNote;
		return move(Set.of(ApplicationState.RECOMMENDED),
				qualified ? ApplicationState.QUALIFIED : ApplicationState.NOT_QUALIFIED);
	}

	ApplicationState tally(int yes, int present, boolean approved) {
		this.yesVotes = yes;
		this.presentVotes = present;
		return move(Set.of(ApplicationState.QUALIFIED),
				approved ? ApplicationState.APPROVED : ApplicationState.NOT_APPROVED);
	}

	ApplicationState result(boolean passed, LocalDate on) {
		this.resultOn = on;
		return move(Set.of(ApplicationState.APPROVED), passed ? ApplicationState.PASSED : ApplicationState.FAILED);
	}

	ApplicationState appoint(LocalDate on) {
		this.appointedOn = on;
		return move(Set.of(ApplicationState.PASSED), ApplicationState.APPOINTED);
	}

	void requireState(ApplicationState... allowed) {
		if (!Set.of(allowed).contains(state)) {
			throw new Rejection("state", "titles.application.state", Term.of(state));
		}
	}

	private ApplicationState move(Set<ApplicationState> from, ApplicationState to) {
		if (!from.contains(state)) {
			throw new Rejection("state", "titles.application.state", Term.of(state));
		}
		ApplicationState before = state;
		this.state = to;
		this.updatedAt = Instant.now();
		return before;
	}

	Long getId() {
		return id;
	}

	Long getRoundId() {
		return roundId;
	}

	Long getStaffId() {
		return staffId;
	}

	String getStaffName() {
		return staffName;
	}

	Long getUnitId() {
		return unitId;
	}

	TitleLevel getCurrentLevel() {
		return currentLevel;
	}

	TitleLevel getTargetLevel() {
		return targetLevel;
	}

	ApplicationState getState() {
		return state;
	}

	boolean isBySchool() {
		return bySchool;
	}

	boolean isEligible() {
		return eligible;
	}

	String getOverrideNote() {
		return overrideNote;
	}

	Integer getYesVotes() {
		return yesVotes;
	}

	Integer getPresentVotes() {
		return presentVotes;
	}

	LocalDate getResultOn() {
		return resultOn;
	}

	LocalDate getAppointedOn() {
		return appointedOn;
	}

	String getSubmittedBy() {
		return submittedBy;
	}

}
