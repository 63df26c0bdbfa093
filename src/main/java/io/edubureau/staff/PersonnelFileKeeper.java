package io.edubureau.staff;

import java.util.List;

import io.edubureau.audit.Change;

/**
 * What a merge of duplicates needs of the {@code personnelfile} module: carrying the
 * merged record's materials and sanctions over to the survivor. Implemented by
 * {@code personnelfile}, which is built on {@code staff}; staff names no type of that
 * module, so there is no cycle.
 */
public interface PersonnelFileKeeper {

	/**
	 * Moves the merged record's materials and sanctions to the survivor, in the merge's
	 * transaction; returns what moved per kind for the merge's audit entry.
	 */
	List<Change> carryOver(long mergedId, long survivorId);

}
