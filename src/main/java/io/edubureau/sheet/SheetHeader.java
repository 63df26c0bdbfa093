package io.edubureau.sheet;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which file column holds which layout column, matched by canonical key, Chinese or
 * English header or alias, ignoring case, spaces of any width, underscores and hyphens.
 */
final class SheetHeader {

	private final SheetLayout layout;

	private final Map<String, Integer> positions;

	private SheetHeader(SheetLayout layout, Map<String, Integer> positions) {
		this.layout = layout;
		this.positions = positions;
	}

	/** Matches the header row; problems go to the context as errors and notes. */
	static SheetHeader match(RawRow header, SheetLayout layout, ImportContext context) {
		Map<String, SheetColumn> names = new HashMap<>();
		for (SheetColumn c : layout.columns()) {
			names.putIfAbsent(SheetText.key(c.key()), c);
			names.putIfAbsent(SheetText.key(c.zh()), c);
			names.putIfAbsent(SheetText.key(c.en()), c);
			c.aliases().forEach(a -> names.putIfAbsent(SheetText.key(a), c));
		}
		Map<String, Integer> positions = new LinkedHashMap<>();
		for (int i = 0; i < header.cells().size(); i++) {
			String text = header.cell(i).text();
			if (text.isBlank()) {
				continue;
			}
			SheetColumn column = names.get(SheetText.key(text));
			if (column == null) {
				context.note("sheet.header.unknown", text);
			}
			else if (positions.putIfAbsent(column.key(), i) != null) {
				context.error(header.number(), column.key(), "sheet.header.duplicate", column.header(context.locale()));
			}
		}
		for (SheetColumn c : layout.columns()) {
			if (c.required() && !positions.containsKey(c.key())) {
				context.error(header.number(), c.key(), "sheet.header.missing", c.zh(), c.en());
			}
		}
		return new SheetHeader(layout, positions);
	}

	SheetRow row(RawRow raw, CellParsing parsing, ImportContext context) {
		Map<String, SheetCell> cells = new HashMap<>();
		positions.forEach((key, index) -> cells.put(key, raw.cell(index)));
		return new SheetRow(raw.number(), cells, parsing, context);
	}

	/**
	 * Whether the row is the template's example row left in place: it is skipped, not
	 * imported.
	 */
	boolean isExample(RawRow raw) {
		boolean any = false;
		for (SheetColumn c : layout.columns()) {
			Integer index = positions.get(c.key());
			String value = index == null ? "" : raw.cell(index).text();
			String example = c.example() == null ? "" : c.example();
			if (index != null && !Objects.equals(SheetText.strip(value), example)) {
				return false;
			}
			any |= index != null && !example.isEmpty();
		}
		return any;
	}

}
