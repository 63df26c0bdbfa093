package io.edubureau.cadres;

/**
 * A leadership-team grade: ENTERED (may be corrected while the round is open) →
 * CONFIRMED.
 */
public enum TeamAssessmentStatus {

	ENTERED, CONFIRMED

}
