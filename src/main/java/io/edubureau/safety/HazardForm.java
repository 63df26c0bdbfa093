package io.edubureau.safety;

import java.time.LocalDate;

/**
 * A hazard found by an inspection: level, description, who answers for it, and by when
 * (left empty: the rectification period counted from the inspection day).
 */
record HazardForm(String itemCode, HazardLevel level, String description, String responsiblePerson,
		LocalDate deadline) {
}
