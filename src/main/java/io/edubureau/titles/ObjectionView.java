package io.edubureau.titles;

import java.time.Instant;
import java.time.LocalDate;

/** An objection raised during the public notice and how it was resolved. */
public record ObjectionView(long id, LocalDate raisedOn, String content, String recordedBy, boolean resolved,
		boolean upheld, String resolution, String resolvedBy, Instant resolvedAt) {
}
