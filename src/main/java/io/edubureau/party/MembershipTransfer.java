package io.edubureau.party;

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
 * 组织关系转接: a member's relationship sent out of a branch (to a branch in the system, which
 * confirms it, or outside) or received from outside, with the letter (介绍信) number and
 * date. Never deleted.
 */
@Entity
@Table(name = "party_transfer")
class MembershipTransfer {

	/**
	 * PENDING until the receiving branch in the system confirms it or returns it (the
	 * member then stays in the old branch).
	 */
	enum State {

		PENDING, CONFIRMED, RETURNED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "party_seq")
	@SequenceGenerator(name = "party_seq", sequenceName = "party_seq", allocationSize = 50)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private State state;

	private Long staffId;

	@Column(nullable = false, length = 50)
	private String personName;

	private LocalDate birthDate;

	@Column(nullable = false)
	private boolean retired;

	private Long fromMembershipId;

	private Long fromOrganisationId;

	private Long fromUnitId;

	@Column(length = 400)
	private String fromUnitPath;

	private Long toOrganisationId;

	private Long toUnitId;

	@Column(length = 400)
	private String toUnitPath;

	@Column(length = 200)
	private String outsideOrganisation;

	@Column(nullable = false, length = 50)
	private String letterNo;

	@Column(nullable = false)
	private LocalDate letterDate;

	private LocalDate outOn;

	private LocalDate receivedOn;

	@Column(length = 500)
	private String reason;

	@Column(nullable = false, length = 64)
	private String recordedBy;

	@Column(nullable = false)
	private Instant recordedAt;

	@Column(length = 64)
	private String confirmedBy;

	private LocalDate returnedOn;

	@Column(length = 500)
	private String returnReason;

	@Column(length = 64)
	private String returnedBy;

	@Version
	private long version;

	protected MembershipTransfer() {
	}

	/** Out of a branch: to another branch here (pending) or outside (done). */
	static MembershipTransfer out(PartyMembership from, PartyOrganisation fromBranch, PartyOrganisation to,
			String outside, String letterNo, LocalDate letterDate, LocalDate outOn, String reason, String by) {
		MembershipTransfer t = new MembershipTransfer();
		t.state = to == null ? State.CONFIRMED : State.PENDING;
		t.staffId = from.getStaffId();
		t.personName = from.getPersonName();
		t.birthDate = from.getBirthDate();
		t.retired = from.isRetired();
		t.fromMembershipId = from.getId();
		t.fromOrganisationId = fromBranch.getId();
		t.fromUnitId = fromBranch.getUnitId();
		t.fromUnitPath = fromBranch.getUnitPath();
		if (to != null) {
			t.toOrganisationId = to.getId();
			t.toUnitId = to.getUnitId();
			t.toUnitPath = to.getUnitPath();
		}
		t.outsideOrganisation = outside;
		t.letterNo = letterNo;
		t.letterDate = letterDate;
		t.outOn = outOn;
		t.reason = reason;
		t.recordedBy = by;
		t.recordedAt = Instant.now();
		return t;
	}

	/** Into a branch here from outside the system, received on the day. */
	static MembershipTransfer in(PartyOrganisation to, Long staffId, String personName, LocalDate birthDate,
			boolean retired, String outside, String letterNo, LocalDate letterDate, LocalDate receivedOn, String reason,
			String by) {
		MembershipTransfer t = new MembershipTransfer();
		t.state = State.CONFIRMED;
		t.staffId = staffId;
		t.personName = personName;
		t.birthDate = birthDate;
		t.retired = retired;
		t.toOrganisationId = to.getId();
		t.toUnitId = to.getUnitId();
		t.toUnitPath = to.getUnitPath();
		t.outsideOrganisation = outside;
		t.letterNo = letterNo;
		t.letterDate = letterDate;
		t.receivedOn = receivedOn;
		t.reason = reason;
		t.recordedBy = by;
		t.confirmedBy = by;
		t.recordedAt = Instant.now();
		return t;
	}

	void confirm(LocalDate on, String by) {
		this.state = State.CONFIRMED;
		this.receivedOn = on;
		this.confirmedBy = by;
	}

	/** The receiving branch sends the relationship back with its reason. */
	void returnToSender(LocalDate on, String why, String by) {
		this.state = State.RETURNED;
		this.returnedOn = on;
		this.returnReason = why;
		this.returnedBy = by;
	}

	String direction() {
		if (fromOrganisationId == null) {
			return "IN";
		}
		return toOrganisationId == null ? "OUT" : "WITHIN";
	}

	TransferView toView(java.util.Map<Long, String> names) {
		return new TransferView(id, direction(), state, staffId, personName, staffId == null, retired,
				fromOrganisationId, fromOrganisationId == null ? null : names.get(fromOrganisationId), toOrganisationId,
				toOrganisationId == null ? null : names.get(toOrganisationId), outsideOrganisation, letterNo,
				letterDate, outOn, receivedOn, reason, recordedBy, confirmedBy, returnedOn, returnReason, returnedBy);
	}

	Long getId() {
		return id;
	}

	State getState() {
		return state;
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

	Long getFromOrganisationId() {
		return fromOrganisationId;
	}

	Long getFromMembershipId() {
		return fromMembershipId;
	}

	Long getToOrganisationId() {
		return toOrganisationId;
	}

	Long getToUnitId() {
		return toUnitId;
	}

	String getOutsideOrganisation() {
		return outsideOrganisation;
	}

	String getLetterNo() {
		return letterNo;
	}

	LocalDate getOutOn() {
		return outOn;
	}

	LocalDate getReceivedOn() {
		return receivedOn;
	}

}
