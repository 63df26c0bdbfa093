package io.edubureau.reports;

import java.util.List;

/**
 * Lineage: one page of the records a figure counted.
 *
 * @param columnKeys column headings as message keys or plain labels
 * @param rows the records on this page, one cell per column
 * @param total how many records the figure counted in all
 */
public record FigureRecords(List<String> columnKeys, List<List<String>> rows, long total) {

	public FigureRecords {
		columnKeys = List.copyOf(columnKeys);
		rows = rows.stream().map(List::copyOf).toList();
	}

	public static FigureRecords empty(List<String> columnKeys) {
		return new FigureRecords(columnKeys, List.of(), 0);
	}

}
