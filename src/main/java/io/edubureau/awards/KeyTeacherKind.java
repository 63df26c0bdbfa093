package io.edubureau.awards;

/**
 * The key-teacher designations (seed 002: 首席教师岗位、名师、学科带头人): all of them make a person a
 * backbone teacher; 学科带头人 also an academic leader.
 */
enum KeyTeacherKind {

	/** 骨干教师. */
	BACKBONE,
	/** 学科带头人. */
	ACADEMIC_LEADER,
	/** 名师. */
	MASTER_TEACHER,
	/** 首席教师. */
	CHIEF_TEACHER

}
