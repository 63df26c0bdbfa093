package io.edubureau.safety;

import java.util.List;

/**
 * The letters of a year in the scope, and the schools still missing a signed letter
 * (never issued one, or not yet signed).
 */
record LetterOverview(int year, List<LetterView> letters, List<MissingLetter> missing) {

	/** A school without a signed letter for the year. */
	record MissingLetter(long unitId, String unitName, boolean issued) {
	}

}
