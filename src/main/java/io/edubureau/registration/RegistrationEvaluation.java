package io.edubureau.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.edubureau.platform.Rejection;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One teacher's evaluation in a cycle: evaluated (by rule) → submitted by the school →
 * confirmed or returned by the bureau; a returned one is evaluated again. Every move
 * leaves a history row.
 */
@Entity
@Table(name = "registration_evaluation")
class RegistrationEvaluation {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_seq")
	@SequenceGenerator(name = "registration_seq", sequenceName = "registration_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long cycleId;

	@Column(nullable = false)
	private Long staffId;

	@Column(nullable = false, length = 50)
	private String staffName;

	@Column(nullable = false)
	private Long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private RegistrationKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private RegistrationOutcome outcome;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private EvaluationStatus status;

	@Column(nullable = false)
	private LocalDate periodFrom;

	@Column(nullable = false)
	private LocalDate periodTo;

	// An explicit @Column defaults to length 255, which MariaDB validates as tinytext.
	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	@Column(nullable = false, length = org.hibernate.Length.LONG32)
	private String reasons;

	private LocalDate validUntil;

	private LocalDate confirmedOn;

	@Column(nullable = false, length = 64)
	private String updatedBy;

	@Column(nullable = false)
	private Instant updatedAt;

	@OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL)
	@OrderBy("occurredAt, id")
	private List<EvaluationStep> steps = new ArrayList<>();

	@Version
	private long version;

	protected RegistrationEvaluation() {
	}

	RegistrationEvaluation(long cycleId, long staffId, String staffName, long unitId, String by) {
		this.cycleId = cycleId;
		this.staffId = staffId;
		this.staffName = staffName;
		this.unitId = unitId;
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	/** Records the rule's decision; only a new, evaluated or returned evaluation. */
	void evaluate(RegistrationKind kind, RegistrationOutcome outcome, LocalDate from, LocalDate to, String reasons,
			long unitId, String by) {
		guard(null, EvaluationStatus.EVALUATED, EvaluationStatus.RETURNED);
		EvaluationStatus before = status;
		this.kind = kind;
		this.outcome = outcome;
		this.periodFrom = from;
		this.periodTo = to;
		this.reasons = reasons;
		this.unitId = unitId;
		move(before, EvaluationStatus.EVALUATED, null, by);
	}

	void submit(String by) {
		guard(EvaluationStatus.EVALUATED);
		move(status, EvaluationStatus.SUBMITTED, null, by);
	}

	/**
	 * The bureau confirms; a PASSED outcome makes the registration valid until
	 * {@code validUntil}.
	 */
	void confirm(String comment, LocalDate on, LocalDate validUntil, String by) {
		guard(EvaluationStatus.SUBMITTED);
		this.confirmedOn = on;
		this.validUntil = outcome == RegistrationOutcome.PASSED ? validUntil : null;
		move(status, EvaluationStatus.CONFIRMED, comment, by);
	}

	void returnWith(String comment, String by) {
		guard(EvaluationStatus.SUBMITTED);
		move(status, EvaluationStatus.RETURNED, comment, by);
	}

	private void guard(EvaluationStatus... allowed) {
		List<EvaluationStatus> ok = new ArrayList<>();
		for (EvaluationStatus s : allowed) {
			ok.add(s);
		}
		if (!ok.contains(status)) {
			throw new Rejection(null, "registration.evaluation.state", status == null ? "" : status.name());
		}
	}

	private void move(EvaluationStatus from, EvaluationStatus to, String comment, String by) {
		this.status = to;
		this.updatedBy = by;
		this.updatedAt = Instant.now();
		steps.add(new EvaluationStep(this, from, to, outcome, comment, by));
	}

	static final Set<EvaluationStatus> OPEN = Set.of(EvaluationStatus.EVALUATED, EvaluationStatus.RETURNED);

	Long getId() {
		return id;
	}

	Long getCycleId() {
		return cycleId;
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

	RegistrationKind getKind() {
		return kind;
	}

	RegistrationOutcome getOutcome() {
		return outcome;
	}

	EvaluationStatus getStatus() {
		return status;
	}

	LocalDate getPeriodFrom() {
		return periodFrom;
	}

	LocalDate getPeriodTo() {
		return periodTo;
	}

	String getReasons() {
		return reasons;
	}

	LocalDate getValidUntil() {
		return validUntil;
	}

	LocalDate getConfirmedOn() {
		return confirmedOn;
	}

	List<EvaluationStep> getSteps() {
		return steps;
	}

}
