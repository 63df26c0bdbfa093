package io.edubureau.sheet;

import java.util.Map;

/**
 * Records a committed import in the audit trail, in the import's transaction. The audit
 * module provides it ({@code AuditManagement.importEntry}), since sheet cannot depend on
 * audit.
 */
@FunctionalInterface
public interface ImportEntry {

	/**
	 * @param summary the file and the counts, e.g.
	 * {@code staff.xlsx: 3 created, 1 updated,
	 * 0 unchanged}
	 * @param fields {@code file} with the file name, then each count by its name
	 */
	void record(String summary, Map<String, String> fields);

}
