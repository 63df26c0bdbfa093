package io.edubureau.cadres;

/** A leadership post of a unit. */
public enum PostKind {

	PRINCIPAL, VICE_PRINCIPAL, SECRETARY, DEPUTY_SECRETARY, MIDDLE, SECTION_CHIEF;

	/** Posts one person holds at a time in a unit. */
	boolean single() {
		return this == PRINCIPAL || this == SECRETARY;
	}

}
