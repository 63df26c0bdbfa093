package io.edubureau.sheet;

import java.util.List;

/** A row as the file holds it, cells by position. */
record RawRow(int number, List<SheetCell> cells) {

	boolean isBlank() {
		return cells.stream().allMatch(SheetCell::isBlank);
	}

	SheetCell cell(int index) {
		return index < cells.size() ? cells.get(index) : SheetCell.BLANK;
	}

}
