package io.edubureau.reports;

import java.time.LocalDate;

import io.edubureau.org.DataScope;

/**
 * What a contributor computes: a calendar year (or the school year that began in it)
 * within a data scope.
 *
 * @param scope the data scope, already narrowed to the unit subtree when a unit is chosen
 * @param year the calendar year
 * @param asOf the day stock figures are counted on (31 December of the year)
 * @param unitId root unit of the subtree, {@code null} for the whole scope
 */
public record FigureQuery(DataScope scope, int year, LocalDate asOf, Long unitId) {

	/** First day of the year. */
	public LocalDate from() {
		return LocalDate.of(year, 1, 1);
	}

	/** Last day of the year (31 December). */
	public LocalDate to() {
		return LocalDate.of(year, 12, 31);
	}

	/**
	 * The school year current on 31 December of the year: the one that began that
	 * September, numbered by its first year as {@code org_enrolment} is (2026 =
	 * 2026–2027).
	 */
	public int schoolYear() {
		return year;
	}

	/** First day of the school year (1 September of the year). */
	public LocalDate schoolYearFrom() {
		return LocalDate.of(year, 9, 1);
	}

	/** Last day of the school year (31 August of the next year). */
	public LocalDate schoolYearTo() {
		return LocalDate.of(year + 1, 8, 31);
	}

	/** The same query one year earlier (for a school year: the previous school year). */
	public FigureQuery previousYear() {
		return new FigureQuery(scope, year - 1, LocalDate.of(year - 1, 12, 31), unitId);
	}

}
