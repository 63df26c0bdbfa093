package io.edubureau.establishment;

import java.time.Instant;
import java.time.LocalDate;

import io.edubureau.staff.PostCategory;
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
 * One dated approval of posts for a unit in one post category; never changed once
 * recorded (a new approval is a new row).
 */
@Entity
@Table(name = "establishment_approval")
class EstablishmentApproval {

	// The sequence of the undated table before it: the backfilled rows kept its ids.
	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "establishment_approved_seq")
	@SequenceGenerator(name = "establishment_approved_seq", sequenceName = "establishment_approved_seq",
			allocationSize = 50)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 15)
	private PostCategory postCategory;

	@Column(nullable = false, updatable = false)
	private int approved;

	/**
	 * {@code null}: on record before approvals were dated, in force from the beginning.
	 */
	@Column(updatable = false)
	private LocalDate effectiveFrom;

	@Column(updatable = false, length = 200)
	private String documentRef;

	@Column(nullable = false, updatable = false, length = 64)
	private String recordedBy;

	@Column(nullable = false, updatable = false)
	private Instant recordedAt;

	protected EstablishmentApproval() {
	}

	EstablishmentApproval(long unitId, PostCategory postCategory, int approved, LocalDate effectiveFrom,
			String documentRef, String recordedBy, Instant recordedAt) {
		this.unitId = unitId;
		this.postCategory = postCategory;
		this.approved = approved;
		this.effectiveFrom = effectiveFrom;
		this.documentRef = documentRef;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	Long getId() {
		return id;
	}

	Long getUnitId() {
		return unitId;
	}

	PostCategory getPostCategory() {
		return postCategory;
	}

	int getApproved() {
		return approved;
	}

	LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	String getDocumentRef() {
		return documentRef;
	}

	String getRecordedBy() {
		return recordedBy;
	}

	Instant getRecordedAt() {
		return recordedAt;
	}

}
