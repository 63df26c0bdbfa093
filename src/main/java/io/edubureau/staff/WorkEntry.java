package io.edubureau.staff;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One period of a person's work history. */
@Entity
@Table(name = "staff_work_history")
class WorkEntry extends FileEntry<WorkForm> {

	@Embedded
	private WorkForm data;

	protected WorkEntry() {
	}

	WorkEntry(Long staffId, WorkForm data, String by) {
		super(staffId, by);
		this.data = data;
	}

	@Override
	WorkForm data() {
		return data;
	}

	@Override
	void replace(WorkForm data) {
		this.data = data;
	}

}
