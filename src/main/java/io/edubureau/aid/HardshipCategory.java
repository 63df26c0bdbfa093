package io.edubureau.aid;

/** Why a family counts as in hardship (家庭经济困难), each shown by evidence. */
enum HardshipCategory {

	/** 建档立卡/脱贫家庭 (including families monitored against relapse). */
	POVERTY_ALLEVIATED,

	/** 低保. */
	MINIMUM_LIVING,

	/** 特困供养. */
	EXTREME_HARDSHIP,

	/** 残疾学生或残疾人子女. */
	DISABILITY,

	/** 孤儿、事实无人抚养儿童. */
	ORPHAN,

	/** 其他家庭经济困难 (assessed by the school). */
	OTHER

}
