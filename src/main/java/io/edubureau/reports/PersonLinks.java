package io.edubureau.reports;

import java.util.Collection;
import java.util.Set;

import io.edubureau.org.DataScope;

/**
 * Which people a reader may open, for the links of the figure book's record lists: a
 * contributor puts the person of each row in {@link FigureRecords#staffIds()} and the
 * reports module keeps only those this answers, so every module's people link the same
 * way. Implemented by the module that owns the person's page (staff), so reports never
 * depends on it.
 */
public interface PersonLinks {

	/** The ids among these whose page the scope may open. */
	Set<Long> openable(DataScope scope, Collection<Long> staffIds);

}
