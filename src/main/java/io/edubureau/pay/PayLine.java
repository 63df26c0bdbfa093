package io.edubureau.pay;

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
 * One computed line of a person's month, in one run of the month, with its reasons;
 * written in bulk by the month's computation ({@code PayManagement.LINE_COLUMNS}).
 */
@Entity
@Table(name = "pay_line")
class PayLine {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pay_seq")
	@SequenceGenerator(name = "pay_seq", sequenceName = "pay_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private long monthId;

	@Column(nullable = false)
	private int runNumber;

	@Column(nullable = false)
	private long staffId;

	@Column(nullable = false)
	private long unitId;

	@Column(nullable = false, length = 400)
	private String unitPath;

	@Column(nullable = false)
	private boolean compulsoryTeacher;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private PayLineCode code;

	@Column(nullable = false)
	private long amountFen;

	@Column(length = 2000)
	private String reasons;

	protected PayLine() {
	}

	long getStaffId() {
		return staffId;
	}

	long getUnitId() {
		return unitId;
	}

	PayLineCode getCode() {
		return code;
	}

	long getAmountFen() {
		return amountFen;
	}

	java.util.List<PayReason> reasons() {
		return PayReason.decode(reasons);
	}

}
