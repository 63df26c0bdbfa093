package io.edubureau.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.edubureau.rules.Reason;

/**
 * A person's continuing-education ledger for the 5-year cycle that contains a date.
 *
 * @param staffId the person
 * @param name the person's name
 * @param on the date the ledger is judged on
 * @param cycleStart first day of the cycle
 * @param cycleEnd last day of the cycle
 * @param requiredHours hours the cycle requires (local parameter, default 360)
 * @param creditedHours credited hours in the cycle up to {@code on}
 * @param missingHours hours still missing, never negative
 * @param countyOrAbove credited hours at county level or above
 * @param byLevel credited hours per level
 * @param credits credited hours converted to credits
 * @param probation whether {@code on} falls in the person's probation year (then the
 * probation rule decides)
 * @param probationHours hours credited in the probation year, or 0
 * @param decision met or not
 * @param reasons the rules read, the values and the thresholds
 * @param entries the person's training records in the cycle, newest first
 */
public record CycleLedger(long staffId, String name, LocalDate on, LocalDate cycleStart, LocalDate cycleEnd,
		int requiredHours, int creditedHours, int missingHours, int countyOrAbove, Map<TrainingLevel, Integer> byLevel,
		BigDecimal credits, boolean probation, int probationHours, LedgerDecision decision, List<Reason> reasons,
		List<TrainingRecordView> entries) {

}
