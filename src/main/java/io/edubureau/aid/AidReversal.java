package io.edubureau.aid;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A reversal (冲回) of a paid grant: recorded with its reason; the payment row stays. */
@Entity
@Table(name = "aid_reversal")
class AidReversal {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "aid_seq")
	@SequenceGenerator(name = "aid_seq", sequenceName = "aid_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long applicationId;

	@Column(nullable = false)
	private Long batchId;

	@Column(nullable = false)
	private long amountFen;

	@Column(nullable = false, length = 500)
	private String reason;

	@Column(nullable = false)
	private LocalDate reversedOn;

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(nullable = false)
	private Instant recordedAt;

	protected AidReversal() {
	}

	AidReversal(long applicationId, long batchId, long amountFen, String reason, LocalDate reversedOn, String actor) {
		this.applicationId = applicationId;
		this.batchId = batchId;
		this.amountFen = amountFen;
		this.reason = reason;
		this.reversedOn = reversedOn;
		this.actor = actor;
		this.recordedAt = Instant.now();
	}

	Long getId() {
		return id;
	}

}
