package io.edubureau.facilities;

/**
 * The safety appraisal grade of a building (危险房屋鉴定标准 JGJ 125-2016): A and B are safe to
 * use, C is a partly dangerous building (局部危房) and D a wholly dangerous one (整幢危房).
 */
enum AppraisalGrade {

	A, B, C, D;

	/** 危房: C or D, which needs a remedy plan. */
	boolean dangerous() {
		return this == C || this == D;
	}

}
