package io.edubureau.recruitment;

import io.edubureau.staff.PostCategory;
import io.edubureau.staff.TitleLevel;

/**
 * Post grade (岗位等级): professional-technical 1–13 (正高 1–4, 副高 5–7, 中级 8–10, 初级 11–13),
 * management 1–10 (一级至十级职员) and support (技术工一级至五级, 普通工).
 */
enum PostGrade {

	PRO_1, PRO_2, PRO_3, PRO_4, PRO_5, PRO_6, PRO_7, PRO_8, PRO_9, PRO_10, PRO_11, PRO_12, PRO_13,

	MGT_1, MGT_2, MGT_3, MGT_4, MGT_5, MGT_6, MGT_7, MGT_8, MGT_9, MGT_10,

	SUP_1, SUP_2, SUP_3, SUP_4, SUP_5, SUP_GENERAL;

	/** The band of a professional grade for the structure ratio. */
	enum Band {

		SENIOR, MIDDLE, JUNIOR

	}

	PostCategory category() {
		return switch (name().substring(0, 3)) {
			case "PRO" -> PostCategory.PROFESSIONAL;
			case "MGT" -> PostCategory.MANAGEMENT;
			default -> PostCategory.SUPPORT;
		};
	}

	/** The grade's number within its category (普通工 is 6). */
	int level() {
		return this == SUP_GENERAL ? 6 : Integer.parseInt(name().substring(4));
	}

	/** 高级 1–7, 中级 8–10, 初级 11–13; {@code null} outside the professional posts. */
	Band band() {
		if (category() != PostCategory.PROFESSIONAL) {
			return null;
		}
		return level() <= 7 ? Band.SENIOR : level() <= 10 ? Band.MIDDLE : Band.JUNIOR;
	}

	/**
	 * The teacher title a professional grade needs: 正高级 1–4, 高级 5–7, 一级 8–10, 二级 11–12,
	 * 三级 13; {@code null} for other posts.
	 */
	TitleLevel requiredTitle() {
		if (category() != PostCategory.PROFESSIONAL) {
			return null;
		}
		int l = level();
		return l <= 4 ? TitleLevel.PROFESSOR_SENIOR : l <= 7 ? TitleLevel.SENIOR
				: l <= 10 ? TitleLevel.FIRST : l <= 12 ? TitleLevel.SECOND : TitleLevel.THIRD;
	}

}
