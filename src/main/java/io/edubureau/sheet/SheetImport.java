package io.edubureau.sheet;

import java.util.List;

/**
 * What a module supplies to import a sheet: its layout, how one row becomes a value, and
 * how all values are written together or not at all.
 */
public interface SheetImport<T> {

	SheetLayout layout();

	/**
	 * Reads one row; problems go to {@link SheetRow#error}. Called while the file
	 * streams, so it must not write anything.
	 */
	T read(SheetRow row);

	/**
	 * Checks the rows together and writes them in one transaction unless
	 * {@link ImportContext#dryRun()} or any error was reported (then nothing is written).
	 * @return the number of rows written, or that would be written in a dry run
	 */
	int write(List<SheetEntry<T>> entries, ImportContext context);

}
