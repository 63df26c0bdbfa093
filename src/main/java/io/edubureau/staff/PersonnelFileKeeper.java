package io.edubureau.staff;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;

/**
 * The parts of a person's file that the {@code personnelfile} module keeps (sanctions and
 * digitised materials), as {@code staff} still answers for them: its callers read and
 * record sanctions through {@link StaffManagement}, and a merge of duplicates carries the
 * merged record's parts over. Implemented by {@code personnelfile}, which is built on
 * {@code staff}; staff names no type of that module, so there is no cycle.
 */
public interface PersonnelFileKeeper {

	/** The person's sanctions, revoked ones included, oldest first; scope checked. */
	List<SanctionRecord> sanctions(DataScope scope, long staffId);

	/** Sanctions of many people; people outside the scope are left out. */
	Map<Long, List<SanctionRecord>> sanctions(DataScope scope, Collection<Long> staffIds);

	/** Records a sanction, its period computed from the kind; audited. */
	SanctionRecord recordSanction(DataScope scope, long staffId, SanctionForm form);

	/** Revokes a sanction from a date with a note; the record stays; audited. */
	SanctionRecord revokeSanction(DataScope scope, long staffId, long sanctionId, LocalDate on, String note);

	/**
	 * Moves the merged record's materials and sanctions to the survivor, in the merge's
	 * transaction; returns what moved per kind for the merge's audit entry.
	 */
	List<Change> carryOver(long mergedId, long survivorId);

}
