package io.edubureau.ethics;

/** What the one-vote veto is asked about. */
public enum VetoPurpose {

	/** The annual appraisal graded above 不合格. */
	APPRAISAL,
	/** Title evaluation (职称评审). */
	TITLE,
	/** Commendations (评奖评优). */
	AWARD,
	/** Key-teacher selection (骨干教师、学科带头人、名师). */
	KEY_TEACHER,
	/** Pay rises (晋级增薪). */
	PAY,
	/** Promotion and appointment (职务晋升). */
	PROMOTION,
	/** Qualification registration passed (教师资格定期注册合格): the veto flags it. */
	REGISTRATION

}
