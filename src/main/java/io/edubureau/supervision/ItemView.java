package io.edubureau.supervision;

import java.time.LocalDate;

/**
 * A rectification item and where it stands; overdue when today is after its deadline and
 * it is not closed.
 */
record ItemView(long id, long visitId, long unitId, String unitName, String indicator, String finding,
		String responsiblePerson, LocalDate foundOn, LocalDate deadline, RectificationStatus status, LocalDate closedOn,
		boolean overdue) {
}
