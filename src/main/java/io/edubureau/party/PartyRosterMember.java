package io.edubureau.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A staff member who is a Party member (中共党员/预备党员), copied from the staff module when the
 * dues are computed, so the arrears are found and paged in party's own query: a member
 * who paid nothing has a row here though none in the dues.
 */
@Entity
@Table(name = "party_roster")
class PartyRosterMember {

	@Id
	private Long staffId;

	@Column(nullable = false, length = 50)
	private String personName;

	@Column(nullable = false)
	private Long unitId;

	@Column(nullable = false, length = 400)
	private String unitPath;

	// yyyymm of joining the Party, 0 when not recorded (due from January).
	@Column(nullable = false)
	private int joinedMonth;

	// False once no longer an active member in the staff module; the row is kept.
	private boolean active;

	protected PartyRosterMember() {
	}

	PartyRosterMember(long staffId) {
		this.staffId = staffId;
	}

	/** Whether the copy changed. */
	boolean copy(String personName, long unitId, String unitPath, int joinedMonth) {
		boolean changed = !active || !personName.equals(this.personName) || this.unitId == null || this.unitId != unitId
				|| !unitPath.equals(this.unitPath) || this.joinedMonth != joinedMonth;
		this.personName = personName;
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.joinedMonth = joinedMonth;
		this.active = true;
		return changed;
	}

	void leave() {
		this.active = false;
	}

	Long getStaffId() {
		return staffId;
	}

	String getPersonName() {
		return personName;
	}

	Long getUnitId() {
		return unitId;
	}

	int getJoinedMonth() {
		return joinedMonth;
	}

	boolean isActive() {
		return active;
	}

}
