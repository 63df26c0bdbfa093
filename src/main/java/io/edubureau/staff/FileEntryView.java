package io.edubureau.staff;

import java.time.Instant;

/**
 * One personnel-file entry as shown.
 *
 * @param id the entry
 * @param category its category
 * @param archived archived entries stay visible, struck through
 * @param data its values
 * @param updatedBy who last changed it
 * @param updatedAt when
 */
public record FileEntryView(Long id, FileCategory category, boolean archived, FileForm data, String updatedBy,
		Instant updatedAt) {

}
