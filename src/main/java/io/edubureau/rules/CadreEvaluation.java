package io.edubureau.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of a cadre's democratic evaluation for the latest year given.
 *
 * @param latestYear the year decided on
 * @param outcome what the rule calls for
 * @param share (基本称职 + 不称职) ÷ valid ballots of the latest year, rounded to 4 decimals for
 * display only (the rule compares integers)
 * @param reasons how the outcome was reached, with the values and thresholds used
 */
public record CadreEvaluation(int latestYear, CadreOutcome outcome, BigDecimal share, List<Reason> reasons) {
}
