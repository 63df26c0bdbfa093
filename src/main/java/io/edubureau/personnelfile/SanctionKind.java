package io.edubureau.personnelfile;

import io.edubureau.rules.LocalParameter;

/**
 * The handling of an ethics violation (中小学教师违反职业道德行为处理办法 2018, 第四条): the four sanctions
 * (处分) with their periods, dismissal, disqualification from awards, promotion and titles,
 * and the other handling, which has no period.
 */
public enum SanctionKind {

	/** 警告, 6 months. */
	WARNING(LocalParameter.SANCTION_WARNING_MONTHS, true),
	/** 记过, 12 months. */
	DEMERIT(LocalParameter.SANCTION_DEMERIT_MONTHS, true),
	/** 降低岗位等级, 24 months. */
	DEMOTION(LocalParameter.SANCTION_DEMOTION_MONTHS, true),
	/** 撤职, 24 months. */
	REMOVAL(LocalParameter.SANCTION_DEMOTION_MONTHS, true),
	/** 开除: no period, the qualification is lost. */
	DISMISSAL(null, true),
	/** 取消评奖评优、职务晋升、职称评定等资格, at least 24 months; other handling, not a sanction. */
	DISQUALIFICATION(LocalParameter.SANCTION_DISQUALIFICATION_MONTHS, false),
	/** 批评教育. */
	CRITICISM(null, false),
	/** 诫勉谈话. */
	ADMONITION(null, false),
	/** 责令检查. */
	SELF_CRITICISM(null, false),
	/** 通报批评. */
	PUBLIC_CRITICISM(null, false);

	private final LocalParameter period;

	private final boolean sanction;

	SanctionKind(LocalParameter period, boolean sanction) {
		this.period = period;
		this.sanction = sanction;
	}

	/** The local parameter holding the period in months, or {@code null} when none. */
	public LocalParameter period() {
		return period;
	}

	/** A sanction (处分) rather than other handling (其他处理). */
	public boolean sanction() {
		return sanction;
	}

	/**
	 * A sanction with a period (警告, 记过, 降低岗位等级, 撤职): registration is postponed inside it.
	 */
	public boolean postponesRegistration() {
		return sanction && period != null;
	}

	/**
	 * Blocks title evaluation while in force (the sanctions, dismissal and
	 * disqualification).
	 */
	public boolean blocksTitles() {
		return sanction || this == DISQUALIFICATION;
	}

}
