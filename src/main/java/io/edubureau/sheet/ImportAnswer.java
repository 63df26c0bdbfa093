package io.edubureau.sheet;

import java.util.List;

/**
 * What the API answers to an import: the records written (0 unless all rows were good)
 * and every error of every row; one type for every module's import, so a generated client
 * has one.
 *
 * @param imported records written
 * @param errors the rows' errors, all of them
 */
public record ImportAnswer(int imported, List<RowError> errors) {

	public ImportAnswer {
		errors = List.copyOf(errors);
	}

	/** The answer to an import's result. */
	public static ImportAnswer of(ImportResult result) {
		return new ImportAnswer(result.imported(), result.errors());
	}

}
