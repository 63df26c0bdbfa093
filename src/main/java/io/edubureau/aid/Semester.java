package io.edubureau.aid;

import java.time.LocalDate;

import io.edubureau.platform.Rejection;

/**
 * A semester as aid counts it: {@code 2026-1} is the spring semester of 2026 (from 1
 * March), {@code 2026-2} the autumn semester (from 1 September); a grant pays half the
 * yearly standard.
 */
record Semester(int year, int term) {

	static Semester parse(String code) {
		if (code == null || !code.strip().matches("(19|20)\\d\\d-[12]")) {
			throw new Rejection("semester", "aid.semester.malformed", String.valueOf(code));
		}
		String c = code.strip();
		return new Semester(Integer.parseInt(c.substring(0, 4)), c.charAt(5) - '0');
	}

	String code() {
		return year + "-" + term;
	}

	/** The day whose standard applies: the semester's first day. */
	LocalDate start() {
		return term == 1 ? LocalDate.of(year, 3, 1) : LocalDate.of(year, 9, 1);
	}

	/** The semester's last day (spring to 31 August, autumn to the end of February). */
	LocalDate end() {
		return term == 1 ? LocalDate.of(year, 8, 31) : LocalDate.of(year + 1, 3, 1).minusDays(1);
	}

	/** The semester a day falls in. */
	static Semester of(LocalDate day) {
		if (day.getMonthValue() >= 9) {
			return new Semester(day.getYear(), 2);
		}
		if (day.getMonthValue() >= 3) {
			return new Semester(day.getYear(), 1);
		}
		return new Semester(day.getYear() - 1, 2);
	}

}
