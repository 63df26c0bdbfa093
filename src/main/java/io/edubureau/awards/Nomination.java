package io.edubureau.awards;

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

/** One person nominated by their unit in a round. */
@Entity
@Table(name = "award_nomination")
class Nomination {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "awards_seq")
	@SequenceGenerator(name = "awards_seq", sequenceName = "awards_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long roundId;

	@Column(nullable = false)
	private Long staffId;

	@Column(nullable = false, length = 50)
	private String staffName;

	@Column(nullable = false)
	private Long unitId;

	@Column(nullable = false)
	private LocalDate nominatedOn;

	@Column(length = 500)
	private String merits;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private NominationStatus status;

	@Column(length = 500)
	private String note;

	private Long honourEntryId;

	@Column(nullable = false, length = 64)
	private String nominatedBy;

	@Column(nullable = false)
	private Instant nominatedAt;

	@Version
	private long version;

	protected Nomination() {
	}

	Nomination(long roundId, long staffId, String staffName, long unitId, LocalDate on, String merits) {
		this.roundId = roundId;
		this.staffId = staffId;
		this.staffName = staffName;
		this.unitId = unitId;
		this.nominatedOn = on;
		this.merits = merits;
		this.status = NominationStatus.NOMINATED;
		this.nominatedBy = Actor.current();
		this.nominatedAt = Instant.now();
	}

	private void move(NominationStatus expected, NominationStatus to) {
		if (status != expected) {
			throw new Rejection("status", "awards.nomination.transition",
					new DefaultMessageSourceResolvable("enum.NominationStatus." + status.name()),
					new DefaultMessageSourceResolvable("enum.NominationStatus." + to.name()));
		}
		this.status = to;
	}

	void review(boolean approved, String note) {
		move(NominationStatus.NOMINATED, approved ? NominationStatus.APPROVED : NominationStatus.REJECTED);
		this.note = note;
	}

	void withdraw(String note) {
		if (status != NominationStatus.NOMINATED && status != NominationStatus.APPROVED) {
			move(NominationStatus.APPROVED, NominationStatus.WITHDRAWN);
		}
		this.status = NominationStatus.WITHDRAWN;
		this.note = note;
	}

	void conferred(long honourEntryId) {
		move(NominationStatus.APPROVED, NominationStatus.CONFERRED);
		this.honourEntryId = honourEntryId;
	}

	Views.NominationView toView() {
		return new Views.NominationView(id, roundId, staffId, staffName, unitId, nominatedOn, merits, status.name(),
				note, honourEntryId, nominatedBy);
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

	Long getUnitId() {
		return unitId;
	}

	NominationStatus getStatus() {
		return status;
	}

	String getStaffName() {
		return staffName;
	}

}
