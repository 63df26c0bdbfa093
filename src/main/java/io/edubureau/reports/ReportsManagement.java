package io.edubureau.reports;

import java.util.List;

import io.edubureau.org.DataScope;

import org.springframework.stereotype.Service;

/**
 * The figure book's public face: computes a year's figures for a scope or unit subtree
 * from every {@link FigureContributor}, with the previous year, lineage and freezing.
 */
@Service
public class ReportsManagement {

	private final List<FigureContributor> contributors;

	ReportsManagement(List<FigureContributor> contributors) {
		this.contributors = List.copyOf(contributors);
	}

	/** Every figure definition of every contributor, in contribution order. */
	public List<FigureDefinition> definitions() {
		return contributors.stream().flatMap(c -> c.definitions().stream()).toList();
	}

	/**
	 * The book of a year for the unit subtree ({@code null}: the user's whole scope); a
	 * frozen year shows its frozen values and the live differences.
	 */
	public FigureBook book(DataScope scope, int year, String unitCode) {
		throw new UnsupportedOperationException("figure book is being built on branch reports-core");
	}

	/** Lineage: one page of the records a concrete key counted. */
	public FigureRecords records(DataScope scope, int year, String unitCode, String key, int page, int size) {
		throw new UnsupportedOperationException("figure book is being built on branch reports-core");
	}

	/**
	 * Freezes the year's book for the whole scope; a frozen year must be unfrozen first.
	 */
	public FigureBook freeze(DataScope scope, int year) {
		throw new UnsupportedOperationException("figure book is being built on branch reports-core");
	}

}
