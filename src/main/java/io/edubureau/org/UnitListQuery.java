package io.edubureau.org;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.edubureau.platform.Paging;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * What the unit list shows: its filters, sort and page. Every link of the list page is
 * built from it, so the address always carries the filters and a reload or bookmark shows
 * the same list.
 */
record UnitListQuery(String q, UnitType type, Stage stage, Locality locality, Ownership ownership, UnitStatus status,
		Long under, String sort, boolean desc, int page, int size) {

	/** Columns a list may be sorted by: each is a column of {@code org_unit}. */
	static final List<String> SORTABLE = List.of("code", "name", "type", "locality", "ownership", "status",
			"foundedDate");

	static final int PAGE_SIZE = 20;

	UnitListQuery {
		q = q == null || q.isBlank() ? null : q.strip();
		sort = sort != null && SORTABLE.contains(sort) ? sort : "code";
		page = Math.max(page, 0);
		size = size < 1 ? PAGE_SIZE : Math.min(size, 200);
	}

	/**
	 * Reads {@code sort} as {@code name} or {@code name,desc}; an unknown column sorts by
	 * code.
	 */
	static UnitListQuery of(String q, UnitType type, Stage stage, Locality locality, Ownership ownership,
			UnitStatus status, Long under, String sort, int page, int size) {
		String column = sort == null ? null : sort.split(",")[0].strip();
		boolean desc = sort != null && sort.toLowerCase().endsWith(",desc");
		return new UnitListQuery(q, type, stage, locality, ownership, status, under, column, desc, page, size);
	}

	UnitFilter filter() {
		return new UnitFilter(q, type, stage, locality, ownership, status, under);
	}

	Pageable pageable() {
		Sort order = Sort.by(desc ? Sort.Direction.DESC : Sort.Direction.ASC, sort);
		// Code is unique: a second key keeps pages stable when the first has ties.
		return Paging.request(page, size, 200, "code".equals(sort) ? order : order.and(Sort.by("code")));
	}

	public boolean hasFilters() {
		return !filter().equals(UnitFilter.none());
	}

	/** This list's address. */
	public String url() {
		return url(page);
	}

	/** The address of another page of this list. */
	public String url(int otherPage) {
		return address(params(true), otherPage);
	}

	/**
	 * The address sorted by {@code column}: ascending first, reversed when already sorted
	 * by it.
	 */
	public String sortUrl(String column) {
		boolean reverse = column.equals(sort) && !desc;
		return new UnitListQuery(q, type, stage, locality, ownership, status, under, column, reverse, 0, size).url(0);
	}

	/** The same filters over the whole scope instead of one subtree. */
	public String withoutUnder() {
		return new UnitListQuery(q, type, stage, locality, ownership, status, null, sort, desc, 0, size).url(0);
	}

	/**
	 * The export of what this list shows (every page), in {@code xlsx} or {@code csv}.
	 */
	public String exportUrl(String format) {
		StringBuilder params = new StringBuilder();
		add(params, "format", format);
		String filters = params(false).toString();
		return "/org/units/export?" + params + (filters.isEmpty() ? "" : "&" + filters);
	}

	private static String address(StringBuilder params, int page) {
		if (page > 0) {
			add(params, "page", page);
		}
		return params.isEmpty() ? "/org/units" : "/org/units?" + params;
	}

	private StringBuilder params(boolean withSort) {
		StringBuilder b = new StringBuilder();
		add(b, "q", q);
		add(b, "type", type);
		add(b, "stage", stage);
		add(b, "locality", locality);
		add(b, "ownership", ownership);
		add(b, "status", status);
		add(b, "under", under);
		if (withSort && (!"code".equals(sort) || desc)) {
			add(b, "sort", desc ? sort + ",desc" : sort);
		}
		if (withSort && size != PAGE_SIZE) {
			add(b, "size", size);
		}
		return b;
	}

	// Form encoding, as a browser sends a GET form: "+" in a search stays a plus.
	private static void add(StringBuilder b, String name, Object value) {
		if (value != null) {
			b.append(b.isEmpty() ? "" : "&")
				.append(name)
				.append('=')
				.append(URLEncoder.encode(value instanceof Enum<?> e ? e.name() : value.toString(),
						StandardCharsets.UTF_8));
		}
	}

}
