package io.edubureau.reports;

/**
 * The period a figure counts within the book's year: the calendar year, or the school
 * year that began in September of it (2026 → school year 2026–2027, numbered by its first
 * year as {@code org} numbers enrolment).
 */
public enum FigurePeriod {

	CALENDAR_YEAR, SCHOOL_YEAR

}
