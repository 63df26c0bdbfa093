package io.edubureau.titles;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Days of rural service from periods that may overlap: each day counts once. */
final class RuralService {

	private RuralService() {
	}

	/** A period in a rural unit, {@code to} exclusive. */
	record Period(LocalDate from, LocalDate to) {
	}

	static long days(List<Period> periods) {
		List<Period> sorted = new ArrayList<>(periods.stream().filter(p -> p.to().isAfter(p.from())).toList());
		sorted.sort(Comparator.comparing(Period::from));
		long days = 0;
		LocalDate start = null;
		LocalDate end = null;
		for (Period p : sorted) {
			if (end == null || p.from().isAfter(end)) {
				if (end != null) {
					days += ChronoUnit.DAYS.between(start, end);
				}
				start = p.from();
				end = p.to();
			}
			else if (p.to().isAfter(end)) {
				end = p.to();
			}
		}
		if (end != null) {
			days += ChronoUnit.DAYS.between(start, end);
		}
		return days;
	}

}
