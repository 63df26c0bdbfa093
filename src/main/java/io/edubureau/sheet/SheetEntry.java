package io.edubureau.sheet;

/**
 * A row an importer has read, with its spreadsheet row number.
 *
 * @param row the row as the spreadsheet shows it (header = 1)
 * @param value what the importer made of it
 */
public record SheetEntry<T>(int row, T value) {
}
