package io.edubureau.registration;

import java.time.Instant;
import java.time.LocalDate;

/** A registration cycle as shown. */
public record CycleView(long id, String name, LocalDate dueDate, CycleStatus status, String openedBy,
		Instant openedAt) {

}
