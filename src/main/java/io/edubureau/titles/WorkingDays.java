package io.edubureau.titles;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days for the public notice: Saturdays and Sundays are skipped, holidays are not
 * known.
 */
final class WorkingDays {

	private WorkingDays() {
	}

	static boolean working(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	/**
	 * The last day of a notice of {@code days} working days starting on {@code start}
	 * (counted if working).
	 */
	static LocalDate end(LocalDate start, int days) {
		LocalDate day = start;
		int counted = working(day) ? 1 : 0;
		while (counted < days) {
			day = day.plusDays(1);
			if (working(day)) {
				counted++;
			}
		}
		return day;
	}

}
