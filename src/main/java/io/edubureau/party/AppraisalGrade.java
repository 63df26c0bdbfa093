package io.edubureau.party;

/** The branch's grade of a member in the democratic appraisal (民主评议党员). */
enum AppraisalGrade {

	EXCELLENT, QUALIFIED, BASICALLY_QUALIFIED, UNQUALIFIED

}
