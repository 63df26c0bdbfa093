package io.edubureau.cadres;

/** DRAFT → OPEN (voting) → CLOSED (counted, results published). */
public enum ElectionStatus {

	DRAFT, OPEN, CLOSED

}
