package io.edubureau.facilities;

import java.time.LocalDate;

/**
 * A new construction project: its school, name, kind, floor area (m²), budget by source
 * in fen (central, provincial, county, other), approval day and planned completion.
 */
record ProjectForm(Long unitId, String name, ProjectKind kind, Integer floorArea, Long budgetCentralFen,
		Long budgetProvincialFen, Long budgetCountyFen, Long budgetOtherFen, LocalDate approvedOn,
		LocalDate plannedCompletion) {
}
