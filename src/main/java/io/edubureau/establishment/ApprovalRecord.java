package io.edubureau.establishment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One approval of a unit's establishment as recorded: the posts of every category
 * approved together.
 *
 * @param effectiveFrom the day it takes effect; {@code null} when it was on record before
 * approvals were dated (in force from the beginning)
 * @param posts approved posts by post category
 * @param documentRef the approving document, if given
 * @param recordedBy who recorded it
 * @param recordedAt when it was recorded
 */
public record ApprovalRecord(LocalDate effectiveFrom, Map<String, Integer> posts, String documentRef, String recordedBy,
		Instant recordedAt) {
}
