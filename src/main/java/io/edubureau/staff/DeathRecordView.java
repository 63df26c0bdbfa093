package io.edubureau.staff;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded death. */
public record DeathRecordView(long id, long staffId, LocalDate diedOn, String cause, String note, String recordedBy,
		Instant recordedAt) {
}
