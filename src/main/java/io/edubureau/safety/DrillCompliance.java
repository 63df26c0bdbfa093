package io.edubureau.safety;

import java.time.LocalDate;
import java.util.List;

/**
 * The compliance list of a period: schools whose every period had its evacuation drill.
 */
record DrillCompliance(LocalDate from, LocalDate to, List<SchoolDrillCompliance> schools, int compliant) {

	/**
	 * Compliant over schools in percent with one decimal, from integers (tenths rounded
	 * half up); {@code null} without schools.
	 */
	public java.math.BigDecimal percent() {
		if (schools.isEmpty()) {
			return null;
		}
		long tenths = (compliant * 2000L + schools.size()) / (2L * schools.size());
		return java.math.BigDecimal.valueOf(tenths, 1);
	}

}
