package io.edubureau.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working and rest days as the day-counting rule sees them: weekends rest, the calendar's
 * REST days rest, its WORK days (调休上班) work. Remembers which years it was asked about
 * without having their calendar, so the rule can say so instead of guessing.
 */
final class HolidayCalendar {

	private final Map<LocalDate, HolidayDay> days = new HashMap<>();

	private final Set<Integer> yearsKept = new HashSet<>();

	private final Set<Integer> yearsMissing = new TreeSet<>();

	HolidayCalendar(Collection<HolidayDay> days) {
		for (HolidayDay d : days) {
			this.days.put(d.date(), d);
			yearsKept.add(d.date().getYear());
		}
	}

	HolidayDay day(LocalDate date) {
		note(date);
		return days.get(date);
	}

	boolean isWorkingDay(LocalDate date) {
		HolidayDay d = day(date);
		if (d != null) {
			return d.kind() == HolidayKind.WORK;
		}
		return !isWeekend(date);
	}

	static boolean isWeekend(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	/** The years looked at so far that have no calendar, in order. */
	Set<Integer> yearsMissing() {
		return yearsMissing;
	}

	private void note(LocalDate date) {
		if (!yearsKept.contains(date.getYear())) {
			yearsMissing.add(date.getYear());
		}
	}

}
