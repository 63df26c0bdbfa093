package io.edubureau.sheet;

import java.util.List;

/**
 * How an import reports what it wrote: the message key of the note shown with the result
 * ({@code <messageKey>}, or {@code <messageKey>.dryRun} on a dry run, with the counts as
 * arguments) and the names of the counts in the audit entry.
 *
 * @param messageKey the note's message key
 * @param countNames the counts' names, in the order of the counts ("created", "updated",
 * "unchanged")
 */
public record ImportSummary(String messageKey, List<String> countNames) {

	public ImportSummary {
		countNames = List.copyOf(countNames);
	}

	/** The counts of an import that creates or updates records. */
	public static ImportSummary createdUpdatedUnchanged(String messageKey) {
		return new ImportSummary(messageKey, List.of("created", "updated", "unchanged"));
	}

}
