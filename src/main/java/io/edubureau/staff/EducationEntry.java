package io.edubureau.staff;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One stage of a person's education history. */
@Entity
@Table(name = "staff_education")
class EducationEntry extends FileEntry<EducationForm> {

	@Embedded
	private EducationForm data;

	protected EducationEntry() {
	}

	EducationEntry(Long staffId, EducationForm data, String by) {
		super(staffId, by);
		this.data = data;
	}

	@Override
	EducationForm data() {
		return data;
	}

	@Override
	void replace(EducationForm data) {
		this.data = data;
	}

}
