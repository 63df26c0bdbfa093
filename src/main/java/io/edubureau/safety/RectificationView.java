package io.edubureau.safety;

import java.time.Instant;
import java.time.LocalDate;

/** A rectification with its evidence file's name and type. */
record RectificationView(long id, String note, LocalDate rectifiedOn, String fileName, String contentType, long size,
		String recordedBy, Instant recordedAt) {
}
