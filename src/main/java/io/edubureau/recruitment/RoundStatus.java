package io.edubureau.recruitment;

/**
 * Where a recruitment round stands: drafted, approved by the establishment office,
 * published, closed.
 */
enum RoundStatus {

	DRAFT, APPROVED, PUBLISHED, CLOSED

}
