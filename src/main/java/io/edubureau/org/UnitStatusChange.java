package io.edubureau.org;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One step of a unit's status history. */
@Entity
@Table(name = "org_unit_status_change")
class UnitStatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_status_change_seq")
	@SequenceGenerator(name = "org_unit_status_change_seq", sequenceName = "org_unit_status_change_seq",
			allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "unit_id")
	private Unit unit;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", nullable = false, length = 10)
	private UnitStatus from;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, length = 10)
	private UnitStatus to;

	@Column(length = 500)
	private String reason;

	@Column(nullable = false, length = 64)
	private String changedBy;

	@Column(length = 10)
	private String mergedInto;

	@Column(nullable = false)
	private Instant changedAt;

	protected UnitStatusChange() {
	}

	UnitStatusChange(Unit unit, UnitStatus from, UnitStatus to, String reason, String changedBy, String mergedInto) {
		this.unit = unit;
		this.from = from;
		this.to = to;
		this.reason = reason;
		this.changedBy = changedBy;
		this.mergedInto = mergedInto;
		this.changedAt = Instant.now();
	}

	UnitStatusView toView() {
		return new UnitStatusView(from, to, reason, changedBy, mergedInto, changedAt);
	}

}
