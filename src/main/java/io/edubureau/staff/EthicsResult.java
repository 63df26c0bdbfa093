package io.edubureau.staff;

/**
 * The yearly ethics assessment (师德考核) recorded with the annual appraisal; a missing value
 * means not assessed.
 */
public enum EthicsResult {

	PASSED, FAILED

}
