package io.edubureau.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * A visit as entered: the school, programme, day, supervisors, summary and one score per
 * indicator of the programme.
 */
record VisitForm(Long unitId, SupervisionProgramme programme, LocalDate visitedOn, String supervisors, String summary,
		List<ScoreEntry> scores) {
}
