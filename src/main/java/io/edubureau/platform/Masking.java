package io.edubureau.platform;

import java.util.Locale;
import java.util.List;

/** Masks identity numbers and phone numbers for people who need not see them. */
public final class Masking {

	private static final List<String> SENSITIVE_FIELDS = List.of("idnumber", "phone", "mobile", "contactphone");

	private Masking() {
	}

	/** "320102199001011234" becomes "320102********1234". */
	public static String idNumber(String value) {
		// Below 11 the kept 6 + 4 would show it all (below 10, fail).
		if (value == null || value.length() < 11) {
			return value == null ? null : "*".repeat(value.length());
		}
		return value.substring(0, 6) + "*".repeat(value.length() - 10) + value.substring(value.length() - 4);
	}

	/** "13912345678" becomes "139****5678". */
	public static String phone(String value) {
		if (value == null || value.length() < 7) {
			return value == null ? null : "*".repeat(value.length());
		}
		return value.substring(0, 3) + "*".repeat(value.length() - 7) + value.substring(value.length() - 4);
	}

	/** Whether a field of that name holds an identity number or a phone. */
	public static boolean isSensitive(String field) {
		if (field == null) {
			return false;
		}
		// Compared in place: audit entries of an import ask this for every field of every
		// person.
		for (String sensitive : SENSITIVE_FIELDS) {
			if (sameIgnoringCaseAndUnderscores(field, sensitive)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a field of that name holds a birth date: its day is the identity number's
	 * masked digits.
	 */
	public static boolean isBirthDate(String field) {
		return field != null && (sameIgnoringCaseAndUnderscores(field, "birthdate")
				|| sameIgnoringCaseAndUnderscores(field, "confirmedbirthdate"));
	}

	// True when field, lower-cased (ASCII) and without underscores, equals the lower-case
	// key.
	private static boolean sameIgnoringCaseAndUnderscores(String field, String key) {
		int k = 0;
		for (int i = 0; i < field.length(); i++) {
			char c = field.charAt(i);
			if (c == '_') {
				continue;
			}
			if (c >= 'A' && c <= 'Z') {
				c = (char) (c + ('a' - 'A'));
			}
			if (k >= key.length() || c != key.charAt(k++)) {
				return false;
			}
		}
		return k == key.length();
	}

	/** Masks {@code value} if {@code field} is sensitive. */
	public static String field(String field, String value) {
		if (isBirthDate(field)) {
			return value == null || value.length() <= 7 ? value : value.substring(0, 7);
		}
		if (!isSensitive(field)) {
			return value;
		}
		return field.toLowerCase(Locale.ROOT).contains("id") ? idNumber(value) : phone(value);
	}

}
