package io.edubureau.pay;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One person's share in one run of a reward plan, in fen, with its reasons; never changed
 * (a recomputed draft writes a new run).
 */
@Entity
@Table(name = "pay_reward_share")
class PayRewardShare {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pay_seq")
	@SequenceGenerator(name = "pay_seq", sequenceName = "pay_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private long planId;

	@Column(nullable = false)
	private int runNumber;

	@Column(nullable = false)
	private long staffId;

	@Column(nullable = false, length = 100)
	private String staffName;

	@Column(length = 30)
	private String appraisal;

	@Column(nullable = false)
	private long weightBp;

	@Column(nullable = false)
	private long amountFen;

	@Column(length = 2000)
	private String reasons;

	protected PayRewardShare() {
	}

	PayRewardShare(PayRewardPlan plan, long staffId, String staffName, String appraisal, long weightBp, long amountFen,
			java.util.List<PayReason> reasons) {
		this.planId = plan.getId();
		this.runNumber = plan.getRunNumber();
		this.staffId = staffId;
		this.staffName = staffName;
		this.appraisal = appraisal;
		this.weightBp = weightBp;
		this.amountFen = amountFen;
		this.reasons = PayReason.encode(reasons);
	}

	long getPlanId() {
		return planId;
	}

	int getRunNumber() {
		return runNumber;
	}

	long getStaffId() {
		return staffId;
	}

	String getStaffName() {
		return staffName;
	}

	String getAppraisal() {
		return appraisal;
	}

	long getWeightBp() {
		return weightBp;
	}

	long getAmountFen() {
		return amountFen;
	}

	java.util.List<PayReason> reasons() {
		return PayReason.decode(reasons);
	}

}
