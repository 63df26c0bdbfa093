package io.edubureau.retirement;

/**
 * Where a retirement proposal stands: proposed by the school, approved or returned by the
 * bureau, or withdrawn.
 */
enum RetirementStatus {

	PROPOSED, APPROVED, RETURNED, WITHDRAWN

}
