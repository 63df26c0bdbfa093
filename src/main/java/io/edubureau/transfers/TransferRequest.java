package io.edubureau.transfers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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

/**
 * A school's request to move a person to another unit: approved or rejected by the
 * bureau, or withdrawn by the school, each step kept.
 */
@Entity
@Table(name = "staff_transfer_request")
class TransferRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_transfer_request_seq")
	@SequenceGenerator(name = "staff_transfer_request_seq", sequenceName = "staff_transfer_request_seq",
			allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long staffId;

	@Column(nullable = false)
	private Long fromUnitId;

	@Column(nullable = false)
	private Long toUnitId;

	@Column(nullable = false)
	private LocalDate transferOn;

	@Column(nullable = false, length = 500)
	private String reason;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private TransferStatus status;

	// Set while open and cleared on decision: the unique index allows one open request
	// per
	// person.
	private Long openStaffId;

	@Column(nullable = false, length = 64)
	private String requestedBy;

	@Column(nullable = false)
	private Instant updatedAt;

	@OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
	@OrderBy("occurredAt, id")
	private List<TransferStep> steps = new ArrayList<>();

	@Version
	private long version;

	protected TransferRequest() {
	}

	TransferRequest(Long staffId, Long fromUnitId, Long toUnitId, LocalDate transferOn, String reason, String by) {
		this.staffId = staffId;
		this.fromUnitId = fromUnitId;
		this.toUnitId = toUnitId;
		this.transferOn = transferOn;
		this.reason = reason;
		this.requestedBy = by;
		this.openStaffId = staffId;
		move(TransferStatus.REQUESTED, by, reason);
	}

	void approve(String comment, String by) {
		decide(TransferStatus.APPROVED, by, comment);
	}

	void reject(String comment, String by) {
		decide(TransferStatus.REJECTED, by, comment);
	}

	void withdraw(String comment, String by) {
		decide(TransferStatus.WITHDRAWN, by, comment);
	}

	boolean isOpen() {
		return status == TransferStatus.REQUESTED;
	}

	private void decide(TransferStatus to, String by, String comment) {
		if (!isOpen()) {
			throw new IllegalStateException("request is " + status);
		}
		openStaffId = null;
		move(to, by, comment);
	}

	private void move(TransferStatus to, String by, String comment) {
		steps.add(new TransferStep(this, status, to, by, comment));
		this.status = to;
		this.updatedAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	Long getStaffId() {
		return staffId;
	}

	Long getFromUnitId() {
		return fromUnitId;
	}

	Long getToUnitId() {
		return toUnitId;
	}

	LocalDate getTransferOn() {
		return transferOn;
	}

	String getReason() {
		return reason;
	}

	TransferStatus getStatus() {
		return status;
	}

	String getRequestedBy() {
		return requestedBy;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	List<TransferStep> getSteps() {
		return Collections.unmodifiableList(steps);
	}

}
