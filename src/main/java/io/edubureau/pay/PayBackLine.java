package io.edubureau.pay;

import java.util.List;

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
 * One difference of a back-pay batch: a person, a locked month, a line code, what it
 * paid, what is due now, the difference in fen (negative: recovered) and why.
 */
@Entity
@Table(name = "pay_back_line")
class PayBackLine {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pay_seq")
	@SequenceGenerator(name = "pay_seq", sequenceName = "pay_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private long batchId;

	@Column(nullable = false)
	private long staffId;

	@Column(nullable = false, length = 100)
	private String staffName;

	@Column(nullable = false)
	private long unitId;

	@Column(nullable = false, length = 400)
	private String unitPath;

	@Column(nullable = false, length = 7)
	private String monthCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private PayLineCode code;

	@Column(nullable = false)
	private long paidFen;

	@Column(nullable = false)
	private long dueFen;

	@Column(nullable = false)
	private long differenceFen;

	@Column(length = 2000)
	private String reasons;

	protected PayBackLine() {
	}

	PayBackLine(long batchId, long staffId, String staffName, long unitId, String unitPath, String monthCode,
			PayCalculator.BackLine line) {
		this.batchId = batchId;
		this.staffId = staffId;
		this.staffName = staffName;
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.monthCode = monthCode;
		this.code = line.code();
		this.paidFen = line.paidFen();
		this.dueFen = line.dueFen();
		this.differenceFen = line.differenceFen();
		this.reasons = PayReason.encode(line.reasons());
	}

	long getStaffId() {
		return staffId;
	}

	String getStaffName() {
		return staffName;
	}

	long getUnitId() {
		return unitId;
	}

	String getUnitPath() {
		return unitPath;
	}

	String getMonthCode() {
		return monthCode;
	}

	PayLineCode getCode() {
		return code;
	}

	long getPaidFen() {
		return paidFen;
	}

	long getDueFen() {
		return dueFen;
	}

	long getDifferenceFen() {
		return differenceFen;
	}

	List<PayReason> reasons() {
		return PayReason.decode(reasons);
	}

}
