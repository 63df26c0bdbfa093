package io.edubureau.personnelfile;

import java.util.List;

import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;

import org.springframework.stereotype.Component;

/**
 * Writes reads of a person's file materials to the audit trail (action READ), under the
 * person's entry as staff writes the reads of the rest of the file.
 */
@Component
class FileReads {

	// The entity type staff's reads of a person are written under.
	private static final String PERSON = "staff.member";

	private final AuditManagement audit;

	FileReads(AuditManagement audit) {
		this.audit = audit;
	}

	/** A category of one person's file was read. */
	void entries(long staffId, String what) {
		audit.recordRead(PERSON, staffId, what, List.of());
	}

	/** The materials list of one person was read. */
	void materials(long staffId, String what) {
		audit.recordRead(PERSON, staffId, what, List.of());
	}

	/** A scan of one person was downloaded. */
	void download(long staffId, long materialId, String fileName) {
		audit.recordRead(PERSON, staffId, "material " + materialId,
				List.of(new Change("material", null, materialId + " " + (fileName == null ? "" : fileName))));
	}

}
