package io.edubureau.cadres;

/** An evaluation round takes tallies while OPEN. */
public enum RoundStatus {

	OPEN, CLOSED

}
