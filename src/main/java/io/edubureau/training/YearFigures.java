package io.edubureau.training;

import java.math.BigDecimal;

/**
 * Training figures of a calendar year, for the annual report.
 *
 * @param participants distinct people with credited hours completed in the year
 * @param hours credited hours completed in the year
 * @param cycleCompletionRate percent of active full-time teachers whose cycle requirement
 * is met on 31 December, one decimal
 */
public record YearFigures(int year, int participants, long hours, BigDecimal cycleCompletionRate) {

}
