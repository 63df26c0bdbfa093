package io.edubureau.staff;

/**
 * Where a retirement proposal stands: proposed by the school, approved or returned by the
 * bureau, or withdrawn.
 */
public enum RetirementStatus {

	PROPOSED, APPROVED, RETURNED, WITHDRAWN

}
