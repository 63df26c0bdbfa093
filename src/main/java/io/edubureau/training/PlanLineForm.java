package io.edubureau.training;

import java.math.BigDecimal;

/**
 * A plan line as entered: a programme (by code) or a planned item by name.
 *
 * @param level required for a planned item; a programme's own level otherwise
 * @param hours hours per participant
 * @param budget yuan, at least 0, at most two decimals
 * @param unitCode the planning unit's code (the caller's unit when blank)
 */
public record PlanLineForm(String programmeCode, String item, TrainingLevel level, Integer participants, Integer hours,
		BigDecimal budget, String unitCode) {

}
