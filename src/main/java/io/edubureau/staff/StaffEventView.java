package io.edubureau.staff;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A life event as users see it; {@code endsOn} for a secondment or long leave,
 * {@code relatedStaffId} for a merge, {@code source} "import" when a staff sheet carried
 * it.
 */
public record StaffEventView(StaffEventKind kind, LocalDate occurredOn, Long fromUnitId, Long toUnitId, String note,
		String recordedBy, Instant recordedAt, LocalDate endsOn, Long relatedStaffId, String source) {
}
