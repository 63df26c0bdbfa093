package io.edubureau.reports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Lineage: one page of the records a figure counted.
 *
 * @param columnKeys column headings as message keys or plain labels
 * @param rows the records on this page, one cell per column
 * @param total how many records the figure counted in all
 * @param staffIds per row, the person it is about where the reader may open their page
 * (else {@code null}); empty for records that are not people. For the pages' links only.
 */
public record FigureRecords(List<String> columnKeys, List<List<String>> rows, long total,
		@JsonIgnore @Schema(hidden = true) List<Long> staffIds) {

	public FigureRecords {
		columnKeys = List.copyOf(columnKeys);
		rows = rows.stream().map(List::copyOf).toList();
		// List.copyOf refuses nulls, and a row without a person has none.
		staffIds = staffIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(staffIds));
		if (!staffIds.isEmpty() && staffIds.size() != rows.size()) {
			throw new IllegalArgumentException("one staff id (or null) per row");
		}
	}

	public FigureRecords(List<String> columnKeys, List<List<String>> rows, long total) {
		this(columnKeys, rows, total, List.of());
	}

	/** The person of a row on this page, or {@code null}. */
	public Long staffId(int row) {
		return staffIds.isEmpty() ? null : staffIds.get(row);
	}

	public static FigureRecords empty(List<String> columnKeys) {
		return new FigureRecords(columnKeys, List.of(), 0, List.of());
	}

}
