package io.edubureau.training;

/**
 * Teachers of a unit whose cycle requirement is met on a date.
 *
 * @param unitId the unit, or 0 for the total row
 * @param teachers active full-time teachers
 * @param met those whose ledger decision is MET
 */
public record UnitCompletion(long unitId, String unitCode, String unitName, int teachers, int met) {

	/**
	 * Met over teachers in percent, one decimal; {@code null} when there are no teachers.
	 */
	public java.math.BigDecimal percent() {
		if (teachers == 0) {
			return null;
		}
		return java.math.BigDecimal.valueOf(met * 100L)
			.divide(java.math.BigDecimal.valueOf(teachers), 1, java.math.RoundingMode.HALF_UP);
	}

	/** Whether the county indicator (every teacher) is reached. */
	public boolean indicatorReached() {
		return teachers > 0 && met == teachers;
	}

}
