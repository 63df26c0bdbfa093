package io.edubureau.cadres;

/** An objection during an election's public notice: OPEN → UPHELD or DISMISSED. */
enum ObjectionStatus {

	OPEN, UPHELD, DISMISSED

}
