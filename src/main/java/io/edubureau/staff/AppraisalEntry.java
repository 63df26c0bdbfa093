package io.edubureau.staff;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One year's appraisal of a person. */
@Entity
@Table(name = "staff_appraisal")
class AppraisalEntry extends FileEntry<AppraisalForm> {

	@Embedded
	private AppraisalForm data;

	protected AppraisalEntry() {
	}

	AppraisalEntry(Long staffId, AppraisalForm data, String by) {
		super(staffId, by);
		this.data = data;
	}

	@Override
	AppraisalForm data() {
		return data;
	}

	@Override
	void replace(AppraisalForm data) {
		this.data = data;
	}

}
