package io.edubureau.pay;

/** The lines of a month's pay, in the order of the payslip and the register. */
enum PayLineCode {

	POST_WAGE, STEP_WAGE, PERFORMANCE_BASIC, RURAL_ALLOWANCE, TOWNSHIP_ALLOWANCE, HEAD_TEACHER_ALLOWANCE,
	SPECIAL_EDUCATION_ALLOWANCE, PERFORMANCE_REWARD, ADJUSTMENT

}
