package io.edubureau.rules;

import java.time.LocalDate;

/**
 * One day of a year's holiday calendar.
 *
 * @param date the day
 * @param kind rest day or make-up working day
 * @param name the holiday it belongs to, e.g. 国庆节、中秋节
 */
public record HolidayDay(LocalDate date, HolidayKind kind, String name) {
}
