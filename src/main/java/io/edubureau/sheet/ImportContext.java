package io.edubureau.sheet;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;

import org.springframework.context.MessageSource;
import org.springframework.transaction.support.TransactionOperations;

/**
 * What an import knows while it runs: whether it is a dry run, the user's language, and
 * the errors found so far. Messages are resolved at once, so background imports speak the
 * language of whoever started them.
 */
public final class ImportContext {

	/** Errors kept for the answer and the report; more are only counted. */
	static final int MAX_ERRORS = 1000;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private final MessageSource messages;

	private final Locale locale;

	private final boolean dryRun;

	private final String filename;

	private final Progress progress;

	private final List<RowError> errors = new ArrayList<>();

	private final Set<Integer> rowsWithErrors = new HashSet<>();

	private final List<String> notes = new ArrayList<>();

	private int errorCount;

	private List<String> columnOrder = List.of();

	private final ImportClaims claims;

	private final String jobId;

	private boolean conflict;

	ImportContext(MessageSource messages, Locale locale, boolean dryRun, String filename, Progress progress) {
		this(messages, locale, dryRun, filename, progress, null, null);
	}

	ImportContext(MessageSource messages, Locale locale, boolean dryRun, String filename, Progress progress,
			ImportClaims claims, String jobId) {
		this.messages = messages;
		this.locale = locale;
		this.dryRun = dryRun;
		this.filename = filename;
		this.progress = progress;
		this.claims = claims;
		this.jobId = jobId;
	}

	/**
	 * Claims the keys this import is about to write (e.g. {@code staff.idNumber} and the
	 * identity numbers of the file) until it ends. When another running import holds one
	 * of them, the whole file is refused as a conflict naming that import (the API
	 * answers 409) and this returns false: write nothing then. A dry run claims nothing.
	 */
	public boolean claim(String kind, Collection<String> keys) {
		if (dryRun || claims == null || jobId == null) {
			return true;
		}
		Optional<ImportClaims.Holder> other = claims.claim(kind, keys, jobId);
		if (other.isEmpty()) {
			return true;
		}
		ImportClaims.Holder h = other.get();
		conflict("sheet.import.conflict", h.filename() == null ? "" : h.filename(), h.user() == null ? "" : h.user(),
				TIME.format(h.startedAt().atZone(ZoneId.systemDefault())));
		return false;
	}

	/**
	 * Refuses the whole file because another import or change wrote the same records
	 * meanwhile (a unique index refused a row at commit): a conflict, 409 in the API.
	 */
	public synchronized void conflict(String messageKey, Object... args) {
		conflict = true;
		error(0, null, messageKey, args);
	}

	void releaseClaims() {
		if (claims != null && jobId != null) {
			claims.release(jobId);
		}
	}

	public boolean dryRun() {
		return dryRun;
	}

	public String filename() {
		return filename;
	}

	public Locale locale() {
		return locale;
	}

	/**
	 * Records every problem of a refusal the row's write met as an error of the row, each
	 * field named by its column ({@code column} answers null for a problem of the row).
	 */
	public void reject(int row, Rejection rejection, Function<String, String> column) {
		for (Problem p : rejection.problems()) {
			error(row, column.apply(p.field()), p.messageKey(), p.args());
		}
	}

	/**
	 * Writes one row through the module's own method, the one its form and API use, so
	 * the row is refused as they would refuse it: a {@link Rejection} becomes the row's
	 * errors, each field named by its {@code column}. A {@link NotFound} is not caught.
	 * @param row the spreadsheet row number
	 * @param write calls the module's method (and counts what it wrote)
	 * @param column the sheet column of a form field, null for a problem of the row
	 * @return whether the row went through
	 */
	public boolean writeRow(int row, Runnable write, Function<String, String> column) {
		try {
			write.run();
			return true;
		}
		catch (Rejection ex) {
			reject(row, ex, column);
			return false;
		}
	}

	/**
	 * As {@link #writeRow(int, Runnable, Function)}, and a {@link NotFound} (the record
	 * the row names is gone or outside the scope) refuses the row's
	 * {@code notFoundColumn} with {@code notFoundKey} and its arguments.
	 */
	public boolean writeRow(int row, Runnable write, Function<String, String> column, String notFoundColumn,
			String notFoundKey, Object... notFoundArgs) {
		try {
			return writeRow(row, write, column);
		}
		catch (NotFound ex) {
			error(row, notFoundColumn, notFoundKey, notFoundArgs);
			return false;
		}
	}

	/**
	 * Refuses a cell, or a whole row when {@code column} is null.
	 * @param row the spreadsheet row number
	 * @param column the column's canonical key
	 * @param messageKey resolved in the user's language with {@code args}
	 */
	public synchronized void error(int row, String column, String messageKey, Object... args) {
		errorCount++;
		rowsWithErrors.add(row);
		if (errors.size() < MAX_ERRORS) {
			errors.add(new RowError(row, column, message(messageKey, args)));
		}
	}

	public synchronized boolean hasErrors() {
		return errorCount > 0;
	}

	public synchronized boolean hasErrors(int row) {
		return rowsWithErrors.contains(row);
	}

	/** A warning or summary shown with the result on the page. */
	public synchronized void note(String messageKey, Object... args) {
		notes.add(message(messageKey, args));
	}

	/**
	 * Writes the rows in one transaction, all or nothing: rolled back when any row has an
	 * error or on a dry run, otherwise recorded by {@code entry} in that transaction.
	 * Then, when no row failed, notes the summary with the counts the rows filled in.
	 * @param tx the module's transactions
	 * @param summary the note and the names of the counts
	 * @param counts the counts, one per name, filled in by {@code rows}
	 * @param rows writes the rows, reporting each row's errors to this context
	 * @param entry the audit entry of a committed import
	 */
	public void writeAllOrNothing(TransactionOperations tx, ImportSummary summary, int[] counts, Runnable rows,
			ImportEntry entry) {
		if (counts.length != summary.countNames().size()) {
			throw new IllegalArgumentException("one count per name: " + summary.countNames());
		}
		tx.executeWithoutResult(status -> {
			rows.run();
			if (hasErrors() || dryRun) {
				status.setRollbackOnly();
			}
			else {
				Map<String, String> fields = new LinkedHashMap<>();
				fields.put("file", filename);
				List<String> told = new ArrayList<>();
				for (int i = 0; i < counts.length; i++) {
					fields.put(summary.countNames().get(i), Integer.toString(counts[i]));
					told.add(counts[i] + " " + summary.countNames().get(i));
				}
				entry.record(filename + ": " + String.join(", ", told), fields);
			}
		});
		if (!hasErrors()) {
			note(dryRun ? summary.messageKey() + ".dryRun" : summary.messageKey(),
					IntStream.of(counts).boxed().toArray());
		}
	}

	/** Reports how far writing has come, for the progress bar. */
	public void progress(int done, int total) {
		progress.update(ImportJob.Phase.WRITING, done, total);
	}

	public String message(String messageKey, Object... args) {
		return messages.getMessage(messageKey, args, messageKey, locale);
	}

	/** Errors of one row are listed in the order of the layout's columns. */
	void orderColumnsAs(SheetLayout layout) {
		this.columnOrder = layout.keys();
	}

	synchronized ImportResult result(int imported, int rows) {
		List<RowError> sorted = new ArrayList<>(errors);
		sorted.sort(Comparator.comparingInt(RowError::row).thenComparingInt(e -> {
			int index = columnOrder.indexOf(e.column());
			return index < 0 ? Integer.MAX_VALUE : index;
		}));
		if (errorCount > errors.size()) {
			sorted.add(new RowError(0, null, message("sheet.errors.more", errorCount - errors.size())));
		}
		return new ImportResult(errorCount > 0 ? 0 : imported, rows, sorted, notes, dryRun, conflict);
	}

	/** Receives progress of a running import. */
	interface Progress {

		Progress NONE = (phase, done, total) -> {
		};

		void update(ImportJob.Phase phase, int done, int total);

	}

}
