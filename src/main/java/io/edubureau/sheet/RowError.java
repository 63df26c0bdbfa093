package io.edubureau.sheet;

/**
 * A refused cell or row of an imported file.
 *
 * @param row the row as the spreadsheet shows it (header = 1); 0 for the file as a whole
 * @param column the column's canonical key, or {@code null} for the whole row or file
 * @param message what is wrong, in the user's language
 */
public record RowError(int row, String column, String message) {
}
