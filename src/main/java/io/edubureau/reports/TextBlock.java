package io.edubureau.reports;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * One version of a narrative block of the annual summary.
 *
 * @param year the summary's year
 * @param section the part it writes
 * @param language {@code zh} or {@code en}
 * @param text the text with its placeholders
 * @param version 1, 2, ... for saved versions; 0 for the shipped default text
 * @param savedAt when it was saved, {@code null} for the default
 * @param savedBy who saved it, {@code null} for the default
 */
public record TextBlock(int year, SummarySection section, String language, String text, int version, Instant savedAt,
		String savedBy) {

	/**
	 * When it was saved, in the server's time zone, for pages; {@code null} for the
	 * default.
	 */
	public LocalDateTime savedAtLocal() {
		return savedAt == null ? null : LocalDateTime.ofInstant(savedAt, ZoneId.systemDefault());
	}

	/** Whether this is the shipped default rather than a bureau's own text. */
	public boolean isDefault() {
		return version == 0;
	}

}
