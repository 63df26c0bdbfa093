package io.edubureau.establishment;

import java.util.List;
import java.util.Map;

/**
 * The establishment of every unit in scope with totals.
 *
 * @param schoolYear the school year whose enrolment set the required establishment
 * @param units each unit, schools and teaching points first by code
 * @param approved approved posts in all
 * @param required required posts in all
 * @param actual in-establishment headcount in all
 * @param overUnits units over their establishment
 * @param underUnits units under their establishment
 * @param surplusBySubject full-time teachers by subject in over-established units
 */
public record EstablishmentOverview(Integer schoolYear, List<UnitEstablishment> units, int approved, int required,
		int actual, int overUnits, int underUnits, Map<String, Integer> surplusBySubject) {
}
