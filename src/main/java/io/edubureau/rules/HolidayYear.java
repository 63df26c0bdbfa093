package io.edubureau.rules;

import java.time.Instant;
import java.util.List;

/**
 * A year's holiday calendar as kept now.
 *
 * @param year the year
 * @param days its rest and make-up working days in date order; empty when the year has no
 * calendar (weekends alone then count as rest days, and the rules say so)
 * @param source where it came from (the notice, or the imported file's name)
 * @param importedBy who imported it
 * @param importedAt when
 */
public record HolidayYear(int year, List<HolidayDay> days, String source, String importedBy, Instant importedAt) {

	public boolean kept() {
		return !days.isEmpty();
	}

}
