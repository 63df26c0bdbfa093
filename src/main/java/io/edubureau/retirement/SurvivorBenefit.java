package io.edubureau.retirement;

import java.math.BigDecimal;
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

/**
 * Benefits decided for one survivor of a deceased person: the lump-sum funeral allowance
 * and the survivor pension. Kept as recorded; a correction is a new record.
 */
@Entity
@Table(name = "staff_survivor_benefit")
class SurvivorBenefit {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_survivor_benefit_seq")
	@SequenceGenerator(name = "staff_survivor_benefit_seq", sequenceName = "staff_survivor_benefit_seq",
			allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long staffId;

	@Column(nullable = false, length = 50)
	private String survivorName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private SurvivorRelation relation;

	@Column(nullable = false, length = 18)
	private String idNumber;

	@Column(length = 20)
	private String phone;

	@Column(nullable = false, precision = 12, scale = 2)
	private BigDecimal funeralAllowance;

	@Column(nullable = false, precision = 12, scale = 2)
	private BigDecimal survivorPension;

	@Column(nullable = false)
	private LocalDate decidedOn;

	@Column(length = 500)
	private String note;

	@Column(nullable = false, length = 64)
	private String recordedBy;

	@Column(nullable = false)
	private Instant recordedAt;

	protected SurvivorBenefit() {
	}

	SurvivorBenefit(Long staffId, String survivorName, SurvivorRelation relation, String idNumber, String phone,
			BigDecimal funeralAllowance, BigDecimal survivorPension, LocalDate decidedOn, String note,
			String recordedBy) {
		this.staffId = staffId;
		this.survivorName = survivorName;
		this.relation = relation;
		this.idNumber = idNumber;
		this.phone = phone;
		this.funeralAllowance = funeralAllowance;
		this.survivorPension = survivorPension;
		this.decidedOn = decidedOn;
		this.note = note;
		this.recordedBy = recordedBy;
		this.recordedAt = Instant.now();
	}

	SurvivorBenefitView toView() {
		return new SurvivorBenefitView(id, staffId, survivorName, relation, idNumber, phone, funeralAllowance,
				survivorPension, decidedOn, note, recordedBy, recordedAt);
	}

}
