package io.edubureau.recruitment;

import java.math.BigDecimal;
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
import jakarta.persistence.Version;

/**
 * A staff member competing in a {@link CompetitiveAppointment}: scored, then APPOINTED or
 * UNPLACED (落聘); an unplaced candidate's handling (按有关规定处理) is recorded once, with its
 * date.
 */
@Entity
@Table(name = "recruitment_candidate")
class AppointmentCandidate {

	enum Outcome {

		APPOINTED, UNPLACED

	}

	/** What happens to an unplaced candidate. */
	enum Handling {

		TRANSFER, LOWER_POST, RETRAINING, DISMISSAL

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recruitment_seq")
	@SequenceGenerator(name = "recruitment_seq", sequenceName = "recruitment_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long roundId;

	@Column(nullable = false)
	private Long staffId;

	@Column(nullable = false, length = 50)
	private String staffName;

	private BigDecimal score;

	@Column(name = "ranking")
	private Integer rank;

	@Enumerated(EnumType.STRING)
	@Column(length = 12)
	private Outcome outcome;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private Handling handling;

	private LocalDate handledOn;

	@Column(length = 200)
	private String note;

	@Column(nullable = false, length = 64)
	private String updatedBy;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected AppointmentCandidate() {
	}

	AppointmentCandidate(long roundId, long staffId, String staffName, String by) {
		this.roundId = roundId;
		this.staffId = staffId;
		this.staffName = staffName;
		touch(by);
	}

	private void touch(String by) {
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	void score(BigDecimal score, String by) {
		if (outcome != null) {
			throw new IllegalStateException("decided");
		}
		this.score = score;
		touch(by);
	}

	void decide(int rank, Outcome outcome, String by) {
		if (this.outcome != null) {
			throw new IllegalStateException("decided");
		}
		this.rank = rank;
		this.outcome = outcome;
		touch(by);
	}

	void handle(Handling handling, LocalDate on, String note, String by) {
		if (outcome != Outcome.UNPLACED || this.handling != null) {
			throw new IllegalStateException(String.valueOf(outcome));
		}
		this.handling = handling;
		this.handledOn = on;
		this.note = note;
		touch(by);
	}

	/** A candidate as the pages and the API show it. */
	record CandidateView(long id, long staffId, String name, BigDecimal score, Integer rank, Outcome outcome,
			Handling handling, LocalDate handledOn, String note) {
	}

	CandidateView toView() {
		return new CandidateView(id, staffId, staffName, score, rank, outcome, handling, handledOn, note);
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

	BigDecimal getScore() {
		return score;
	}

	Outcome getOutcome() {
		return outcome;
	}

}
