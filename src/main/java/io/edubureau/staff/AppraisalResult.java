package io.edubureau.staff;

/** Annual appraisal result: 优秀, 合格, 基本合格, 不合格. */
public enum AppraisalResult {

	EXCELLENT, COMPETENT, BASICALLY_COMPETENT, INCOMPETENT

}
