package io.edubureau.reports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The one extension point of the figure book: a module that owns records implements it as
 * a Spring bean and the reports module collects every bean. Computations must be
 * set-based (a handful of aggregate queries per call, never one query per person) and
 * must honour {@link FigureQuery#scope()}.
 */
public interface FigureContributor {

	/**
	 * The figures this module contributes; a key may be a family such as
	 * {@code staff.byStage.<STAGE>}.
	 */
	List<FigureDefinition> definitions();

	/**
	 * Concrete keys and their values for the query (a family yields one key per member
	 * with a count, e.g. {@code staff.byStage.PRIMARY}).
	 */
	Map<String, BigDecimal> compute(FigureQuery query);

	/**
	 * The values of several queries (the book's year and the year before), in their
	 * order; a contributor that counts both in one pass over its records, or whose
	 * figures do not depend on the year, overrides this.
	 */
	default List<Map<String, BigDecimal>> compute(List<FigureQuery> queries) {
		return queries.stream().map(this::compute).toList();
	}

	/**
	 * Lineage: one page of the records a concrete key counted, with the total number of
	 * records.
	 */
	FigureRecords records(String key, FigureQuery query, int page, int size);

}
