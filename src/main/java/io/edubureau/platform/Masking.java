package io.edubureau.platform;

import java.util.Locale;
import java.util.Set;

/** Masks identity numbers and phone numbers for people who need not see them. */
public final class Masking {

	private static final Set<String> SENSITIVE_FIELDS = Set.of("idnumber", "phone", "mobile", "contactphone");

	private Masking() {
	}

	/** "320102199001011234" becomes "320102********1234". */
	public static String idNumber(String value) {
		if (value == null || value.length() < 8) {
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
		return field != null && SENSITIVE_FIELDS.contains(field.toLowerCase(Locale.ROOT).replace("_", ""));
	}

	/** Masks {@code value} if {@code field} is sensitive. */
	public static String field(String field, String value) {
		if (!isSensitive(field)) {
			return value;
		}
		return field.toLowerCase(Locale.ROOT).contains("id") ? idNumber(value) : phone(value);
	}

}
