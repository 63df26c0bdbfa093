package io.edubureau.personnelfile;

import java.util.List;
import java.util.Objects;

import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffStatus;
import io.edubureau.staff.StaffView;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Possible duplicate people (same name and birth date under different identity numbers)
 * and their merge: the loser is kept, marked merged, and both records get a MERGE event
 * naming the other; each keeps its own life events, and the loser's personnel file
 * (entries of every category, scanned materials), sanctions and postings move to the
 * survivor. The people are found and written through {@link StaffManagement}; the
 * materials and sanctions are moved here.
 */
@Service
class DuplicateMerge {

	private static final int NOTE_MAX = 500;

	private final StaffManagement staff;

	private final PersonnelFileManagement file;

	// Modules built on staff (transfers) may refuse a merge that strands their records.
	private final ObjectProvider<MergeGuard> guards;

	DuplicateMerge(StaffManagement staff, PersonnelFileManagement file, ObjectProvider<MergeGuard> guards) {
		this.staff = staff;
		this.file = file;
		this.guards = guards;
	}

	/** Records sharing name and birth date with another record in the caller's scope. */
	@Transactional(readOnly = true)
	List<DuplicateGroup> find(DataScope scope) {
		return staff.duplicateGroups(scope).stream().map(DuplicateGroup::of).toList();
	}

	/**
	 * One page of {@link #find}, paged in the query by group (page from 0, size 1–200).
	 */
	@Transactional(readOnly = true)
	Page<DuplicateGroup> find(DataScope scope, int page, int size) {
		return staff.duplicateGroups(scope, page, size).map(DuplicateGroup::of);
	}

	/** Merges a duplicate into the surviving record; both keep their events. */
	@Transactional
	StaffView merge(DataScope scope, MergeForm form) {
		if (form.survivorId() == null || form.mergedId() == null) {
			throw new Rejection(form.survivorId() == null ? "survivorId" : "mergedId", "duplicate.choose");
		}
		StaffView survivor = staff.get(scope, form.survivorId());
		StaffView merged = staff.get(scope, form.mergedId());
		if (Objects.equals(survivor.id(), merged.id())) {
			throw new Rejection("mergedId", "duplicate.same");
		}
		for (StaffView m : List.of(survivor, merged)) {
			if (m.status() == StaffStatus.MERGED) {
				throw new Rejection(m == survivor ? "survivorId" : "mergedId", "duplicate.alreadyMerged", m.name(),
						String.valueOf(m.id()));
			}
		}
		if (!survivor.name().equals(merged.name()) || !survivor.birthDate().equals(merged.birthDate())) {
			throw new Rejection("mergedId", "duplicate.notDuplicates");
		}
		// A pending transfer of the record that goes away would be left undecidable.
		guards.orderedStream().forEach(g -> g.checkMerge(merged.id()));
		String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
		if (note != null && note.length() > NOTE_MAX) {
			throw new Rejection("note", "transfer.text.tooLong", NOTE_MAX);
		}
		List<Change> carried = file.carryOver(merged.id(), survivor.id());
		return staff.absorbDuplicate(scope, survivor.id(), merged.id(), note, carried);
	}

}
