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
 * @param certificate a certificate's standing (valid, revoked, lost); {@code null} for
 * other categories
 * @param source "import" for a title a staff sheet carried; {@code null} when entered in
 * the product
 */
public record FileEntryView(Long id, FileCategory category, boolean archived, FileForm data, String updatedBy,
		Instant updatedAt, CertificateState certificate, String source) {

}
