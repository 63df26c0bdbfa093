package io.edubureau.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A person's credited training hours in a period: only hours reviewed and accepted by the
 * bureau count, dated by the completion date.
 *
 * @param staffId the person
 * @param from first day of the period
 * @param to last day of the period
 * @param total credited hours
 * @param countyOrAbove credited hours of national, provincial, municipal and county
 * training
 * @param byLevel credited hours per level (every level present, zero when none)
 * @param credits the hours converted to credits under the provincial rule in force on
 * {@code to}
 */
public record TrainingHours(long staffId, LocalDate from, LocalDate to, int total, int countyOrAbove,
		Map<TrainingLevel, Integer> byLevel, BigDecimal credits) {

}
