package io.edubureau.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * GB 11643-1999: 6-digit address code, 8-digit birth date, 3-digit sequence (odd = male),
 * and a check character by ISO 7064 MOD 11-2. Address-code existence and future birth
 * dates are separate policy checks, not part of well-formedness.
 */
final class IdNumberRule {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	private static final PolicyRule RULE = PolicyRule.ID_NUMBER;

	private IdNumberRule() {
	}

	static IdNumberCheck check(String input, LocalDate today) {
		String value = input == null ? "" : input.strip().toUpperCase(Locale.ROOT);
		List<Reason> reasons = new ArrayList<>();
		if (value.isEmpty()) {
			return invalid(value, new Reason(RULE, "rules.id.empty"));
		}
		if (value.length() == 15 && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return invalid(value, new Reason(RULE, "rules.id.legacy15", upgrade(value)));
		}
		if (value.length() != 18) {
			return invalid(value, new Reason(RULE, "rules.id.length", value.length()));
		}
		for (int i = 0; i < 17; i++) {
			if (value.charAt(i) < '0' || value.charAt(i) > '9') {
				return invalid(value, new Reason(RULE, "rules.id.character", i + 1, String.valueOf(value.charAt(i))));
			}
		}
		char last = value.charAt(17);
		if (!(last >= '0' && last <= '9') && last != 'X') {
			return invalid(value, new Reason(RULE, "rules.id.character", 18, String.valueOf(last)));
		}
		LocalDate birth;
		try {
			birth = LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
					Integer.parseInt(value.substring(12, 14)));
		}
		catch (DateTimeException ex) {
			return invalid(value, new Reason(RULE, "rules.id.birthDate", value.substring(6, 14)));
		}
		char expected = checkCharacter(value);
		if (expected != last) {
			return invalid(value,
					new Reason(RULE, "rules.id.checksum", String.valueOf(last), String.valueOf(expected)));
		}
		int sequenceDigit = value.charAt(16) - '0';
		IdNumberCheck.Sex sex = sequenceDigit % 2 == 1 ? IdNumberCheck.Sex.MALE : IdNumberCheck.Sex.FEMALE;
		reasons.add(new Reason(RULE, "rules.id.checksumOk", String.valueOf(last)));
		reasons.add(new Reason(RULE, "rules.id.birth", birth.toString()));
		reasons
			.add(new Reason(RULE, sex == IdNumberCheck.Sex.MALE ? "rules.id.male" : "rules.id.female", sequenceDigit));
		if (birth.isAfter(today)) {
			reasons.add(new Reason(RULE, "rules.id.futureBirth", birth.toString()));
		}
		return new IdNumberCheck(true, value, birth, sex, List.copyOf(reasons));
	}

	/** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
	static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK[sum % 11];
	}

	// A 15-digit number has a 2-digit year of the 1900s and no check character.
	private static String upgrade(String legacy) {
		String first17 = legacy.substring(0, 6) + "19" + legacy.substring(6);
		return first17 + checkCharacter(first17);
	}

	private static IdNumberCheck invalid(String value, Reason reason) {
		return new IdNumberCheck(false, value, null, null, List.of(reason));
	}

}
