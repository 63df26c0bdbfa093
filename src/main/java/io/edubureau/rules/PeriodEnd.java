package io.edubureau.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * The last day of a period counted as policy rules §12 counts it.
 *
 * @param start the day the period starts from (not counted)
 * @param days the length of the period
 * @param workingDays whether only working days were counted
 * @param due the last day, moved off a rest day when it fell on one
 * @param reasons how the day was reached, the count first
 */
public record PeriodEnd(LocalDate start, int days, boolean workingDays, LocalDate due, List<Reason> reasons) {
}
