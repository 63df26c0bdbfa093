package io.edubureau.sheet;

import java.io.IOException;
import java.util.List;

/**
 * Writes the rows of an export or template. Values may be text, numbers, booleans, dates,
 * instants or enums; text that a spreadsheet would run as a formula is escaped.
 */
public interface SheetWriter {

	void row(List<?> values) throws IOException;

	/** The rows of a sheet, written by the caller. */
	@FunctionalInterface
	interface Body {

		void write(SheetWriter writer) throws IOException;

	}

}
