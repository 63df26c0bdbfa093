package io.edubureau.personnelfile;

import java.time.Instant;

/** One digitised file material as listed (without its bytes). */
public record MaterialView(Long id, MaterialCategory category, String title, int pages, String fileName,
		String contentType, long size, boolean archived, String updatedBy, Instant updatedAt) {

}
