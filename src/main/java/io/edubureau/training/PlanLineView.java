package io.edubureau.training;

import java.math.BigDecimal;

/**
 * One line of the year's training plan.
 *
 * @param hours hours per participant
 * @param budget budget in yuan
 */
public record PlanLineView(long id, int year, long unitId, String unitName, Long programmeId, String programmeCode,
		String item, TrainingLevel level, int participants, int hours, BigDecimal budget) {

	/** Person-hours the line plans. */
	public long personHours() {
		return (long) participants * hours;
	}

}
