package io.edubureau.personnelfile;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.staff.StaffView;

/** Records sharing name and birth date: possibly the same person entered twice. */
record DuplicateGroup(String name, LocalDate birthDate, List<StaffView> records) {

	static DuplicateGroup of(List<StaffView> records) {
		return new DuplicateGroup(records.get(0).name(), records.get(0).birthDate(), records);
	}

	/**
	 * The group as a reader without the permission sees it: no birth date, masked
	 * records.
	 */
	DuplicateGroup masked() {
		return new DuplicateGroup(name, null, records.stream().map(StaffView::masked).toList());
	}

}
