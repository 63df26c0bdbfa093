package io.edubureau.safety;

import java.time.LocalDate;

/**
 * A year's responsibility letter to a school: issued, and signed with its scan.
 *
 * @param signed whether it was signed (a component, so the API answers it too)
 */
record LetterView(long id, int year, long unitId, String unitName, LocalDate issuedOn, LocalDate signedOn,
		String signatory, String fileName, boolean signed) {
}
