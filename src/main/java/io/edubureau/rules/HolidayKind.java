package io.edubureau.rules;

/**
 * A day of the State Council's holiday notice: a rest day of a holiday, or a weekend day
 * made a working day (调休上班).
 */
public enum HolidayKind {

	REST, WORK

}
