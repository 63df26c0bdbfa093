package io.edubureau.ethics;

import io.edubureau.personnelfile.SanctionKind;

/**
 * A decision: no violation, other handling (批评教育, 诫勉谈话, 责令检查, 通报批评, 取消资格), or a sanction
 * (警告, 记过, 降低岗位等级, 撤职, 开除), the last two written to the personnel file.
 */
enum CaseOutcome {

	NO_VIOLATION(null), CRITICISM(SanctionKind.CRITICISM), ADMONITION(SanctionKind.ADMONITION),
	SELF_CRITICISM(SanctionKind.SELF_CRITICISM), PUBLIC_CRITICISM(SanctionKind.PUBLIC_CRITICISM),
	DISQUALIFICATION(SanctionKind.DISQUALIFICATION), WARNING(SanctionKind.WARNING), DEMERIT(SanctionKind.DEMERIT),
	DEMOTION(SanctionKind.DEMOTION), REMOVAL(SanctionKind.REMOVAL), DISMISSAL(SanctionKind.DISMISSAL);

	private final SanctionKind kind;

	CaseOutcome(SanctionKind kind) {
		this.kind = kind;
	}

	/** The handling written to the personnel file, {@code null} for no violation. */
	SanctionKind kind() {
		return kind;
	}

	boolean violation() {
		return kind != null;
	}

}
