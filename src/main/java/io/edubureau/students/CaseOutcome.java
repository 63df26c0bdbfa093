package io.edubureau.students;

/**
 * How a dropout control case ended: back at school, taught at home (送教上门), or otherwise.
 */
enum CaseOutcome {

	RETURNED, HOME_TEACHING, OTHER

}
