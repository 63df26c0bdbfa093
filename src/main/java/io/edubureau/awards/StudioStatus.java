package io.edubureau.awards;

/**
 * A master-teacher studio is open until closed; a closed one is kept with its records.
 */
enum StudioStatus {

	OPEN, CLOSED

}
