package io.edubureau.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A visit with its scores, the total out of the maximum (percent with one decimal) and
 * how many rectification items it found and how many are still open.
 */
record VisitView(long id, long unitId, String unitName, SupervisionProgramme programme, LocalDate visitedOn,
		String supervisors, String summary, List<ScoreView> scores, int total, int maxTotal, BigDecimal percent,
		int items, int openItems) {
}
