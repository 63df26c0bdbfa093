package io.edubureau.staff;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One honour of a person. */
@Entity
@Table(name = "staff_honour")
class HonourEntry extends FileEntry<HonourForm> {

	@Embedded
	private HonourForm data;

	protected HonourEntry() {
	}

	HonourEntry(Long staffId, HonourForm data, String by) {
		super(staffId, by);
		this.data = data;
	}

	@Override
	HonourForm data() {
		return data;
	}

	@Override
	void replace(HonourForm data) {
		this.data = data;
	}

}
