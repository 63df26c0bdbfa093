package io.edubureau.sheet;

import java.util.List;

/**
 * The outcome of an import.
 *
 * @param imported rows written (for a dry run: rows that would be written); 0 when
 * anything was refused
 * @param rows data rows read
 * @param errors what was refused, by row and column; empty when all was accepted
 * @param notes warnings and summaries for the page, in the user's language
 * @param dryRun whether nothing was meant to be written
 * @param conflict whether it was refused because another import was writing the same
 * records (409 in the API; nothing was written)
 */
public record ImportResult(int imported, int rows, List<RowError> errors, List<String> notes, boolean dryRun,
		boolean conflict) {

	public ImportResult {
		errors = List.copyOf(errors);
		notes = List.copyOf(notes);
	}

	public boolean accepted() {
		return errors.isEmpty();
	}

	/** The API's answer: 200 accepted, 409 a conflict with another import, else 422. */
	public int httpStatus() {
		return accepted() ? 200 : conflict ? 409 : 422;
	}

	/** Whether some error points at a row, so an error report is worth downloading. */
	public boolean hasRowErrors() {
		return errors.stream().anyMatch(e -> e.row() > 0);
	}

}
