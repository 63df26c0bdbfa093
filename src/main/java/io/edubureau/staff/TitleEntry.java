package io.edubureau.staff;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One title appointment of a person. */
@Entity
@Table(name = "staff_title")
class TitleEntry extends FileEntry<TitleForm> {

	@Embedded
	private TitleForm data;

	protected TitleEntry() {
	}

	TitleEntry(Long staffId, TitleForm data, String by) {
		super(staffId, by);
		this.data = data;
	}

	@Override
	TitleForm data() {
		return data;
	}

	@Override
	void replace(TitleForm data) {
		this.data = data;
	}

}
