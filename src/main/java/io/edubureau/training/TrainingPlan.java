package io.edubureau.training;

import java.math.BigDecimal;
import java.util.List;

/**
 * The year's training plan in a scope, with its totals.
 *
 * @param personHours participants × hours, summed
 * @param budget yuan
 */
public record TrainingPlan(int year, List<PlanLineView> lines, int participants, long personHours, BigDecimal budget) {

}
