package io.edubureau.party;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A spell of a member in a branch: from {@code fromDate} (included) until
 * {@code untilDate} (excluded, open while null). A member is a staff member or, with no
 * staff id, a person who is not staff (a retired member under a bureau branch). Spells
 * are closed, never deleted, so the history stays.
 */
@Entity
@Table(name = "party_membership")
class PartyMembership {

	/** How a spell began. */
	enum Joined {

		SEEDED, ADDED, TRANSFER_IN

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "party_seq")
	@SequenceGenerator(name = "party_seq", sequenceName = "party_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long organisationId;

	@Column(nullable = false)
	private Long unitId;

	// Copy of the branch's unit path, kept in step by UnitMoved events, for scope
	// queries.
	@Column(nullable = false, length = 400)
	private String unitPath;

	private Long staffId;

	@Column(nullable = false, length = 50)
	private String personName;

	private LocalDate birthDate;

	@Column(nullable = false)
	private boolean retired;

	@Column(nullable = false)
	private LocalDate fromDate;

	private LocalDate untilDate;

	@Column(nullable = false, length = 20)
	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	private Joined joinedBy;

	@Column(length = 20)
	private String leftBy;

	private Long transferId;

	// A member who is not staff may be probationary (预备党员) until this day (excluded).
	private LocalDate probationaryUntil;

	// 留党察看 from (included) until (excluded): no right to vote or stand meanwhile.
	private LocalDate observedFrom;

	private LocalDate observedUntil;

	@Column(length = 200)
	private String observationNote;

	@Column(nullable = false, length = 64)
	private String recordedBy;

	@Column(nullable = false)
	private Instant recordedAt;

	@Version
	private long version;

	protected PartyMembership() {
	}

	PartyMembership(PartyOrganisation branch, Long staffId, String personName, LocalDate birthDate, boolean retired,
			LocalDate fromDate, Joined joinedBy, Long transferId, String by) {
		this.organisationId = branch.getId();
		this.unitId = branch.getUnitId();
		this.unitPath = branch.getUnitPath();
		this.staffId = staffId;
		this.personName = personName;
		this.birthDate = birthDate;
		this.retired = retired;
		this.fromDate = fromDate;
		this.joinedBy = joinedBy;
		this.transferId = transferId;
		this.recordedBy = by;
		this.recordedAt = Instant.now();
	}

	/** Closes the spell on the day the member left (that day no longer in the branch). */
	void close(LocalDate until, String why) {
		this.untilDate = until;
		this.leftBy = why;
	}

	/** Opens the spell again: the transfer that closed it was returned. */
	void reopen() {
		this.untilDate = null;
		this.leftBy = null;
	}

	/** A member who is not staff is probationary until the day (excluded). */
	void probationaryUntil(LocalDate until) {
		this.probationaryUntil = until;
	}

	/** 留党察看 from a day (included) until a day (excluded), with the decision's note. */
	void observe(LocalDate from, LocalDate until, String note) {
		this.observedFrom = from;
		this.observedUntil = until;
		this.observationNote = note;
	}

	boolean probationaryOn(LocalDate day) {
		return probationaryUntil != null && probationaryUntil.isAfter(day);
	}

	boolean observedOn(LocalDate day) {
		return observedFrom != null && !observedFrom.isAfter(day)
				&& (observedUntil == null || observedUntil.isAfter(day));
	}

	LocalDate getProbationaryUntil() {
		return probationaryUntil;
	}

	LocalDate getObservedFrom() {
		return observedFrom;
	}

	LocalDate getObservedUntil() {
		return observedUntil;
	}

	boolean openOn(LocalDate day) {
		return !fromDate.isAfter(day) && (untilDate == null || untilDate.isAfter(day));
	}

	MembershipView toView(String organisationName) {
		return new MembershipView(id, organisationId, organisationName, unitId, staffId, personName, staffId == null,
				retired, fromDate, untilDate, joinedBy.name(), leftBy, transferId);
	}

	Long getId() {
		return id;
	}

	Long getOrganisationId() {
		return organisationId;
	}

	Long getStaffId() {
		return staffId;
	}

	String getPersonName() {
		return personName;
	}

	LocalDate getBirthDate() {
		return birthDate;
	}

	boolean isRetired() {
		return retired;
	}

	LocalDate getFromDate() {
		return fromDate;
	}

	LocalDate getUntilDate() {
		return untilDate;
	}

}
