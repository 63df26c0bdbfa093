package io.edubureau.cadres;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.edubureau.rules.CadreOutcome;
import io.edubureau.rules.EvaluationYear;
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
 * The counted ballots of one cadre in a round, the outcome the rule gave, and the
 * bureau's follow-up (admonishment talk, removal).
 */
@Entity
@Table(name = "cadres_tally")
class Tally {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadres_seq")
	@SequenceGenerator(name = "cadres_seq", sequenceName = "cadres_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long roundId;

	@Column(nullable = false)
	private Long appointmentId;

	@Column(nullable = false)
	private Long staffId;

	@Column(nullable = false)
	private Long unitId;

	@Column(name = "evaluation_year", nullable = false)
	private int year;

	@Column(nullable = false)
	private int excellent;

	@Column(nullable = false)
	private int competent;

	@Column(nullable = false)
	private int basicallyCompetent;

	@Column(nullable = false)
	private int incompetent;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private CadreOutcome outcome;

	@Column(name = "unfavourable_share", nullable = false, precision = 7, scale = 4)
	private BigDecimal share;

	@Column(nullable = false, length = 64)
	private String enteredBy;

	@Column(nullable = false)
	private Instant enteredAt;

	private LocalDate admonishedOn;

	@Column(length = 100)
	private String admonishedBy;

	@Column(length = 1000)
	private String admonishNotes;

	private LocalDate removedOn;

	@Column(length = 100)
	private String removalDocument;

	@Version
	private long version;

	protected Tally() {
	}

	Tally(EvaluationRound round, Appointment appointment) {
		this.roundId = round.getId();
		this.appointmentId = appointment.getId();
		this.staffId = appointment.getStaffId();
		this.unitId = appointment.getUnitId();
		this.year = round.getYear();
	}

	void count(EvaluationYear counted, CadreOutcome outcome, BigDecimal share, String by) {
		this.excellent = counted.excellent();
		this.competent = counted.competent();
		this.basicallyCompetent = counted.basicallyCompetent();
		this.incompetent = counted.incompetent();
		this.outcome = outcome;
		this.share = share;
		this.enteredBy = by;
		this.enteredAt = Instant.now();
	}

	void admonish(LocalDate on, String by, String notes) {
		this.admonishedOn = on;
		this.admonishedBy = by;
		this.admonishNotes = notes;
	}

	void removed(LocalDate on, String document) {
		this.removedOn = on;
		this.removalDocument = document;
	}

	EvaluationYear counted() {
		return new EvaluationYear(year, excellent, competent, basicallyCompetent, incompetent);
	}

	Long getId() {
		return id;
	}

	Long getRoundId() {
		return roundId;
	}

	Long getAppointmentId() {
		return appointmentId;
	}

	Long getStaffId() {
		return staffId;
	}

	Long getUnitId() {
		return unitId;
	}

	int getYear() {
		return year;
	}

	CadreOutcome getOutcome() {
		return outcome;
	}

	BigDecimal getShare() {
		return share;
	}

	Instant getEnteredAt() {
		return enteredAt;
	}

	LocalDate getAdmonishedOn() {
		return admonishedOn;
	}

	String getAdmonishedBy() {
		return admonishedBy;
	}

	String getAdmonishNotes() {
		return admonishNotes;
	}

	LocalDate getRemovedOn() {
		return removedOn;
	}

	String getRemovalDocument() {
		return removalDocument;
	}

}
