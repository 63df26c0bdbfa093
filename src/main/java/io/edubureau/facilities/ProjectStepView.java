package io.edubureau.facilities;

import java.time.Instant;
import java.time.LocalDate;

/** One event of a project's history. */
record ProjectStepView(ProjectStatus fromStatus, ProjectStatus toStatus, LocalDate onDay, Long amountFen, String note,
		String actor, Instant occurredAt) {
}
