package io.edubureau.pay;

/**
 * What a dated rate prices: the two wage tables (code: post grade 1–13, salary step
 * 1–65), the allowances (code: the remoteness class for the rural allowance, {@code ALL}
 * otherwise) and the performance-pay parameters (code {@code ALL}).
 */
enum PayRateKind {

	/** 岗位工资 per month, by post grade. */
	POST_WAGE,

	/** 薪级工资 per month, by salary step. */
	STEP_WAGE,

	/** 乡村教师生活补助 per month, by remoteness class. */
	RURAL_ALLOWANCE,

	/** 乡镇工作补贴 per month, township and below. */
	TOWNSHIP_ALLOWANCE,

	/** 班主任津贴 per month. */
	HEAD_TEACHER_ALLOWANCE,

	/** 特殊教育津贴 per month. */
	SPECIAL_EDUCATION_ALLOWANCE,

	/** 绩效工资 standard per head and year. */
	PERFORMANCE_STANDARD,

	/**
	 * The basic part of performance pay, in basis points of the standard (7000 = 70%).
	 */
	PERFORMANCE_BASIC_SHARE,

	/**
	 * The reward-part weight of an appraisal grade, in basis points (12000 = 120%); code:
	 * EXCELLENT, COMPETENT, BASICALLY_COMPETENT.
	 */
	REWARD_WEIGHT;

	/** Whether a rate of this kind is a sum of money (the share is a ratio). */
	boolean money() {
		return this != PERFORMANCE_BASIC_SHARE && this != REWARD_WEIGHT;
	}

	/** The codes a rate of this kind may have. */
	boolean accepts(String code) {
		return switch (this) {
			case POST_WAGE -> inRange(code, 1, PayCalculator.MAX_POST_GRADE);
			case STEP_WAGE -> inRange(code, 1, PayCalculator.MAX_STEP);
			case RURAL_ALLOWANCE -> code.equals(Remoteness.TEACHING_POINT.name())
					|| code.equals(Remoteness.VILLAGE.name()) || code.equals(Remoteness.TOWNSHIP.name());
			case REWARD_WEIGHT ->
				code.equals("EXCELLENT") || code.equals("COMPETENT") || code.equals("BASICALLY_COMPETENT");
			default -> code.equals(PayCalculator.ALL);
		};
	}

	private static boolean inRange(String code, int min, int max) {
		if (!code.matches("\\d{1,3}")) {
			return false;
		}
		int n = Integer.parseInt(code);
		return n >= min && n <= max;
	}

}
