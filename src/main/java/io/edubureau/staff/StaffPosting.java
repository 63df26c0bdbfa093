package io.edubureau.staff;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A unit a person was at before a transfer, from {@code validFrom} (null: since hired) up
 * to the day before {@code validTo}; the current unit is the person's own. Written by
 * {@link StaffMember#transfer}, never changed but for the copied unit path.
 */
@Entity
@Table(name = "staff_posting")
class StaffPosting {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_posting_seq")
	@SequenceGenerator(name = "staff_posting_seq", sequenceName = "staff_posting_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "member_id")
	private StaffMember member;

	@Column(nullable = false)
	private Long unitId;

	@Column(length = 400)
	private String unitPath;

	private LocalDate validFrom;

	@Column(nullable = false)
	private LocalDate validTo;

	protected StaffPosting() {
	}

	StaffPosting(StaffMember member, Long unitId, String unitPath, LocalDate validFrom, LocalDate validTo) {
		this.member = member;
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.validFrom = validFrom;
		this.validTo = validTo;
	}

	Long getId() {
		return id;
	}

	Long getMemberId() {
		return member.getId();
	}

	Long getUnitId() {
		return unitId;
	}

	LocalDate getValidFrom() {
		return validFrom;
	}

	LocalDate getValidTo() {
		return validTo;
	}

}
