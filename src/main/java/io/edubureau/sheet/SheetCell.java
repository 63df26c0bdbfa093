package io.edubureau.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One cell as read from a file.
 *
 * @param text what the cell shows, trimmed; an Excel date cell shows as YYYY-MM-DD
 * @param number the value of a number cell, or {@code null} for text
 * @param date the date a number cell stands for as an Excel serial, or {@code null}
 */
public record SheetCell(String text, BigDecimal number, LocalDate date) {

	static final SheetCell BLANK = new SheetCell("", null, null);

	public SheetCell {
		text = text == null ? "" : text;
	}

	public static SheetCell text(String text) {
		return new SheetCell(text, null, null);
	}

	public boolean isBlank() {
		return text.isBlank();
	}

	public boolean isNumber() {
		return number != null;
	}

}
