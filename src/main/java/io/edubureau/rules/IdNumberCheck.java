package io.edubureau.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of checking a resident identity number.
 *
 * @param valid whether the number is well-formed under GB 11643-1999
 * @param normalized the number trimmed and with an upper-case X
 * @param birthDate the birth date it encodes, when valid
 * @param sex the sex it encodes, when valid
 * @param reasons why it is or is not valid
 */
public record IdNumberCheck(boolean valid, String normalized, LocalDate birthDate, Sex sex, List<Reason> reasons) {

	/** Sex as a resident identity number encodes it. */
	public enum Sex {

		MALE, FEMALE

	}

}
