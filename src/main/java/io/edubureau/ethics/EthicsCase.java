package io.edubureau.ethics;

import java.time.Instant;
import java.time.LocalDate;

import io.edubureau.platform.Actor;
import io.edubureau.platform.Rejection;
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

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * An ethics case about one teacher: reported, investigated by an officer before a
 * deadline, decided, notified, possibly appealed, closed; every step is a history row.
 */
@Entity
@Table(name = "ethics_case")
class EthicsCase {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ethics_seq")
	@SequenceGenerator(name = "ethics_seq", sequenceName = "ethics_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long staffId;

	@Column(nullable = false)
	private Long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CaseSource source;

	@Column(nullable = false)
	private LocalDate receivedOn;

	@Column(nullable = false, length = 1000)
	private String summary;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 15)
	private CaseStatus status;

	@Column(length = 64)
	private String officer;

	private LocalDate deadline;

	@Column(length = 2000)
	private String findings;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private CaseOutcome outcome;

	private LocalDate decidedOn;

	@Column(length = 100)
	private String decidedBy;

	@Column(length = 60)
	private String documentNumber;

	private Long sanctionId;

	private LocalDate notifiedOn;

	@Column(length = 1000)
	private String appeal;

	private LocalDate appealedOn;

	@Column(length = 1000)
	private String appealResult;

	@Column(nullable = false, length = 64)
	private String recordedBy;

	@Column(nullable = false)
	private Instant recordedAt;

	@Version
	private long version;

	protected EthicsCase() {
	}

	EthicsCase(long staffId, long unitId, CaseSource source, LocalDate receivedOn, String summary) {
		this.staffId = staffId;
		this.unitId = unitId;
		this.source = source;
		this.receivedOn = receivedOn;
		this.summary = summary;
		this.status = CaseStatus.REPORTED;
		this.recordedBy = Actor.current();
		this.recordedAt = Instant.now();
	}

	private void move(CaseStatus to) {
		if (!status.next().contains(to)) {
			throw new Rejection(null, "ethics.case.transition",
					new DefaultMessageSourceResolvable("enum.CaseStatus." + status.name()),
					new DefaultMessageSourceResolvable("enum.CaseStatus." + to.name()));
		}
		this.status = to;
	}

	void investigate(String officer, LocalDate deadline) {
		if (deadline.isBefore(receivedOn)) {
			throw new Rejection("deadline", "ethics.case.deadlineBeforeReceipt", deadline.toString(),
					receivedOn.toString());
		}
		move(CaseStatus.INVESTIGATING);
		this.officer = officer;
		this.deadline = deadline;
	}

	void decide(String findings, CaseOutcome outcome, LocalDate on, String by, String documentNumber) {
		if (on.isBefore(receivedOn)) {
			throw new Rejection("decidedOn", "ethics.case.decidedBeforeReceipt", on.toString(), receivedOn.toString());
		}
		move(CaseStatus.DECIDED);
		this.findings = findings;
		this.outcome = outcome;
		this.decidedOn = on;
		this.decidedBy = by;
		this.documentNumber = documentNumber;
	}

	void sanctionRecorded(long sanctionId) {
		this.sanctionId = sanctionId;
	}

	void notify(LocalDate on) {
		if (on.isBefore(decidedOn)) {
			throw new Rejection("on", "ethics.case.notifiedBeforeDecision", on.toString(), decidedOn.toString());
		}
		move(CaseStatus.NOTIFIED);
		this.notifiedOn = on;
	}

	void appeal(String text, LocalDate on) {
		move(CaseStatus.APPEALED);
		this.appeal = text;
		this.appealedOn = on;
	}

	void close(String appealResult) {
		move(CaseStatus.CLOSED);
		this.appealResult = appealResult;
	}

	Views.CaseView toView(String staffName) {
		return new Views.CaseView(id, staffId, staffName, unitId, source.name(), receivedOn, summary, status.name(),
				officer, deadline, findings, outcome == null ? null : outcome.name(), decidedOn, decidedBy,
				documentNumber, sanctionId, notifiedOn, appeal, appealedOn, appealResult);
	}

	Long getId() {
		return id;
	}

	Long getStaffId() {
		return staffId;
	}

	Long getUnitId() {
		return unitId;
	}

	CaseStatus getStatus() {
		return status;
	}

	CaseOutcome getOutcome() {
		return outcome;
	}

	LocalDate getReceivedOn() {
		return receivedOn;
	}

	LocalDate getDecidedOn() {
		return decidedOn;
	}

}
