package io.edubureau.students;

/**
 * A transfer request: requested by the sending school, accepted or refused by the
 * receiving one.
 */
enum StudentTransferStatus {

	REQUESTED, ACCEPTED, REFUSED

}
