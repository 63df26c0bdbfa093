package io.edubureau.supervision;

import java.time.Instant;
import java.time.LocalDate;

/** A rectification with its evidence file (downloaded separately). */
record EvidenceView(long id, String note, LocalDate rectifiedOn, String fileName, String contentType, long size,
		String recordedBy, Instant recordedAt) {
}
