package io.edubureau.sheet;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/** Streams the rows of an uploaded file, one at a time, whatever its format. */
interface RowSource extends Closeable {

	/** The next row, blank rows included, or {@code null} at the end. */
	RawRow next() throws IOException;

	static RowSource open(Path file, SheetFormat format, long maxInflatedBytes) throws IOException {
		return switch (format) {
			case XLSX -> XlsxRowSource.open(file, maxInflatedBytes);
			case CSV -> CsvRowSource.open(file);
		};
	}

	/**
	 * Undoes the quote our writer puts before text a spreadsheet would run as a formula,
	 * so an export imports back unchanged.
	 */
	static String unescape(String text) {
		if (text.length() > 1 && text.charAt(0) == '\'' && SheetWriters.isFormulaStart(text.charAt(1))) {
			return text.substring(1);
		}
		return text;
	}

}
