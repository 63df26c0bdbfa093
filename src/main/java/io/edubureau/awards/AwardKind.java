package io.edubureau.awards;

/** What a commendation round honours. */
public enum AwardKind {

	/** 优秀教师. */
	EXCELLENT_TEACHER,
	/** 优秀教育工作者. */
	EXCELLENT_EDUCATOR,
	/** 优秀班主任. */
	EXCELLENT_HEAD_TEACHER,
	/** 师德标兵. */
	ETHICS_MODEL

}
