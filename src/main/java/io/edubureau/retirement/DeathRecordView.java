package io.edubureau.retirement;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded death. */
record DeathRecordView(long id, long staffId, LocalDate diedOn, String cause, String note, String recordedBy,
		Instant recordedAt) {
}
