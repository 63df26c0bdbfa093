package io.edubureau.petitions;

/**
 * The decision of a reply, review or re-review: the request supported, in part, or not.
 */
enum PetitionOutcome {

	SUPPORTED, PARTLY_SUPPORTED, NOT_SUPPORTED

}
