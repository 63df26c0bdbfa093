package io.edubureau.registration;

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

/** A registration batch the bureau opens, e.g. 2026年定期注册, with its due date. */
@Entity
@Table(name = "registration_cycle")
class RegistrationCycle {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_seq")
	@SequenceGenerator(name = "registration_seq", sequenceName = "registration_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(nullable = false)
	private LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private CycleStatus status;

	@Column(nullable = false, length = 64)
	private String openedBy;

	@Column(nullable = false)
	private Instant openedAt;

	@Column(length = 64)
	private String closedBy;

	// The bureau whose area the cycle covers: its own subtree, for the units below it.
	@Column(nullable = false)
	private Long ownerUnitId;

	private Instant closedAt;

	@Version
	private long version;

	protected RegistrationCycle() {
	}

	RegistrationCycle(String name, LocalDate dueDate, String by, long ownerUnitId) {
		this.ownerUnitId = ownerUnitId;
		this.name = name;
		this.dueDate = dueDate;
		this.status = CycleStatus.OPEN;
		this.openedBy = by;
		this.openedAt = Instant.now();
	}

	/**
	 * OPEN → CLOSED: no evaluation is made, submitted, confirmed or returned afterwards.
	 */
	void close(String by) {
		if (status != CycleStatus.OPEN) {
			throw new IllegalStateException("cycle " + id + " is " + status);
		}
		this.status = CycleStatus.CLOSED;
		this.closedBy = by;
		this.closedAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	String getName() {
		return name;
	}

	LocalDate getDueDate() {
		return dueDate;
	}

	CycleStatus getStatus() {
		return status;
	}

	Long getOwnerUnitId() {
		return ownerUnitId;
	}

	CycleView toView() {
		return new CycleView(id, name, dueDate, status, openedBy, openedAt, closedBy, closedAt, ownerUnitId);
	}

}
