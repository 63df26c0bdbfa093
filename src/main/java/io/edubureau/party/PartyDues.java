package io.edubureau.party;

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
 * A member's dues of one month, paid: the base and the due amount as the rule set them.
 */
@Entity
@Table(name = "party_dues")
class PartyDues {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "party_seq")
	@SequenceGenerator(name = "party_seq", sequenceName = "party_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long staffId;

	@Column(nullable = false, length = 50)
	private String personName;

	@Column(nullable = false)
	private Long unitId;

	@Column(nullable = false, length = 400)
	private String unitPath;

	// yyyymm, e.g. 202603.
	@Column(name = "dues_month", nullable = false)
	private int month;

	private boolean retired;

	private long baseFen;

	private long dueFen;

	private long paidFen;

	@Column(nullable = false)
	private LocalDate paidOn;

	@Column(nullable = false, length = 64)
	private String recordedBy;

	@Version
	private long version;

	protected PartyDues() {
	}

	PartyDues(long staffId, String personName, long unitId, String unitPath, int month, boolean retired, long baseFen,
			long dueFen, long paidFen, LocalDate paidOn, String by) {
		this.staffId = staffId;
		this.personName = personName;
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.month = month;
		this.retired = retired;
		this.baseFen = baseFen;
		this.dueFen = dueFen;
		this.paidFen = paidFen;
		this.paidOn = paidOn;
		this.recordedBy = by;
	}

	DuesView toView() {
		return new DuesView(id, staffId, personName, unitId, month / 100 + "-" + String.format("%02d", month % 100),
				retired, baseFen, dueFen, paidFen, paidOn);
	}

	Long getId() {
		return id;
	}

	Long getStaffId() {
		return staffId;
	}

	int getMonth() {
		return month;
	}

}
