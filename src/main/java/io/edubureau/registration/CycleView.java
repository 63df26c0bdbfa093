package io.edubureau.registration;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A registration cycle as shown; {@code closedBy} and {@code closedAt} are null while it
 * is open; {@code ownerUnitId} is the bureau whose subtree it covers.
 */
public record CycleView(long id, String name, LocalDate dueDate, CycleStatus status, String openedBy, Instant openedAt,
		String closedBy, Instant closedAt, Long ownerUnitId) {

}
