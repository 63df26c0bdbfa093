package io.edubureau.reports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Lineage: one page of the records a figure counted.
 *
 * @param columnKeys column headings as message keys or plain labels
 * @param rows the records on this page, one cell per column
 * @param total how many records the figure counted in all
 * @param staffIds per row, the person it is about (else {@code null}); empty for records
 * that are not people. A contributor gives every row's person; {@link ReportsManagement}
 * keeps only those the reader may open ({@link PersonLinks}). For the pages' links only.
 * @param personColumn the column holding the person's name, which the pages link
 */
public record FigureRecords(List<String> columnKeys, List<List<String>> rows, long total,
		@JsonIgnore @Schema(hidden = true) List<Long> staffIds, @JsonIgnore @Schema(hidden = true) int personColumn) {

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

	/**
	 * Records about people whose name is in the first column (or in staff's name column).
	 */
	public FigureRecords(List<String> columnKeys, List<List<String>> rows, long total, List<Long> staffIds) {
		this(columnKeys, rows, total, staffIds, Math.max(0, columnKeys.indexOf("staff.field.name")));
	}

	/** The person of a row on this page, or {@code null}. */
	public Long staffId(int row) {
		return staffIds.isEmpty() ? null : staffIds.get(row);
	}

	/**
	 * These records with only the people in {@code openable} kept (others {@code null}).
	 */
	FigureRecords linkingOnly(Set<Long> openable) {
		return staffIds.isEmpty() ? this : new FigureRecords(columnKeys, rows, total,
				staffIds.stream().map(id -> id != null && openable.contains(id) ? id : null).toList(), personColumn);
	}

	/** The people named on this page, without repeats or gaps. */
	Set<Long> people() {
		return staffIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
	}

	public static FigureRecords empty(List<String> columnKeys) {
		return new FigureRecords(columnKeys, List.of(), 0, List.of());
	}

}
