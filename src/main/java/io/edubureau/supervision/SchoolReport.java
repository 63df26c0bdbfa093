package io.edubureau.supervision;

import java.util.List;

/**
 * The supervision report of one school for a year: its visits with their scores and the
 * rectification items they found, with how many are closed and overdue.
 */
record SchoolReport(long unitId, String unitName, int year, List<VisitView> visits, List<ItemView> items, int closed,
		int overdue) {
}
