package io.edubureau.sheet;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One data row of an imported file, cells by canonical key, with typed readers that
 * refuse a malformed cell naming its row and column.
 */
public final class SheetRow {

	private final int number;

	private final Map<String, SheetCell> cells;

	private final CellParsing parsing;

	private final ImportContext context;

	SheetRow(int number, Map<String, SheetCell> cells, CellParsing parsing, ImportContext context) {
		this.number = number;
		this.cells = cells;
		this.parsing = parsing;
		this.context = context;
	}

	/** The row as the spreadsheet shows it (header = 1). */
	public int number() {
		return number;
	}

	/**
	 * Whether the file has this column at all; an absent column is not the same as a
	 * blank cell.
	 */
	public boolean has(String key) {
		return cells.containsKey(key);
	}

	public SheetCell cell(String key) {
		return cells.getOrDefault(key, SheetCell.BLANK);
	}

	/** The cell's text without surrounding spaces, or {@code null} if blank. */
	public String text(String key) {
		String t = SheetText.strip(cell(key).text());
		return t.isEmpty() ? null : t;
	}

	public Integer integer(String key) {
		SheetCell cell = cell(key);
		if (cell.isBlank()) {
			return null;
		}
		Integer value = CellParsing.integer(cell);
		if (value == null) {
			error(key, "sheet.cell.integer", cell.text());
		}
		return value;
	}

	public LocalDate date(String key) {
		SheetCell cell = cell(key);
		if (cell.isBlank()) {
			return null;
		}
		LocalDate value = CellParsing.date(cell);
		if (value == null) {
			error(key, "sheet.cell.date", cell.text());
		}
		return value;
	}

	public Boolean bool(String key) {
		SheetCell cell = cell(key);
		if (cell.isBlank()) {
			return null;
		}
		Boolean value = CellParsing.bool(cell);
		if (value == null) {
			error(key, "sheet.cell.boolean", cell.text());
		}
		return value;
	}

	/** A constant given by its code ({@code PRIMARY}) or label ({@code 小学}). */
	public <E extends Enum<E>> E choice(String key, Class<E> type) {
		String text = text(key);
		if (text == null) {
			return null;
		}
		E value = parsing.choice(text, type);
		if (value == null) {
			error(key, "sheet.cell.choice", text, parsing.allowed(type, context.locale()));
		}
		return value;
	}

	/** Constants separated by | 、 , ， ; or ；. */
	public <E extends Enum<E>> Set<E> choices(String key, Class<E> type) {
		String text = text(key);
		if (text == null) {
			return Set.of();
		}
		Set<String> unknown = new LinkedHashSet<>();
		Set<E> values = parsing.choices(text, type, unknown);
		for (String u : unknown) {
			error(key, "sheet.cell.choice", u, parsing.allowed(type, context.locale()));
		}
		return values;
	}

	/** Refuses a cell of this row (or the whole row when {@code column} is null). */
	public void error(String column, String messageKey, Object... args) {
		context.error(number, column, messageKey, args);
	}

	public boolean hasErrors() {
		return context.hasErrors(number);
	}

}
