package io.edubureau.sheet;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The ordered columns of a sheet, shared by its import, its export and its template.
 *
 * @param name base of file and sheet names ({@code units})
 * @param columns the columns in the order they are written
 */
public record SheetLayout(String name, List<SheetColumn> columns) {

	public SheetLayout {
		columns = List.copyOf(columns);
		Set<String> keys = new HashSet<>();
		for (SheetColumn c : columns) {
			if (!keys.add(c.key())) {
				throw new IllegalArgumentException("column " + c.key() + " appears twice in layout " + name);
			}
		}
	}

	public SheetLayout(String name, SheetColumn... columns) {
		this(name, List.of(columns));
	}

	public List<String> headers(Locale locale) {
		return columns.stream().map(c -> c.header(locale)).toList();
	}

	public List<String> keys() {
		return columns.stream().map(SheetColumn::key).toList();
	}

	public Optional<SheetColumn> column(String key) {
		return columns.stream().filter(c -> c.key().equals(key)).findFirst();
	}

}
