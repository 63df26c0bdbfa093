package io.edubureau.petitions;

/**
 * Where a petition stands: received waits for the acceptance decision (or the unit's
 * objection to a wrong transfer); accepted waits for the reply; a concluded matter may be
 * reviewed (复查) and the review re-reviewed (复核). NOT_ACCEPTED, OBJECTED and RE_REVIEWED
 * are final; CONCLUDED and REVIEWED are final unless a request comes in time.
 */
enum PetitionStatus {

	RECEIVED, NOT_ACCEPTED, OBJECTED, ACCEPTED, CONCLUDED, REVIEW_REQUESTED, REVIEWED, RE_REVIEW_REQUESTED, RE_REVIEWED;

	/** Whether a deadline runs in this status. */
	boolean open() {
		return this == RECEIVED || this == ACCEPTED || this == REVIEW_REQUESTED || this == RE_REVIEW_REQUESTED;
	}

}
