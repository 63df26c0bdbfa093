package io.edubureau.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One title appointment of a person. */
@Entity
@Table(name = "staff_title")
class TitleEntry extends FileEntry<TitleForm> {

	@Embedded
	private TitleForm data;

	// "import" when a staff sheet carried the title; null when entered in the product.
	@Column(length = 20)
	private String source;

	protected TitleEntry() {
	}

	TitleEntry(Long staffId, TitleForm data, String by) {
		super(staffId, by);
		this.data = data;
	}

	TitleEntry(Long staffId, TitleForm data, String by, String source) {
		this(staffId, data, by);
		this.source = source;
	}

	@Override
	String source() {
		return source;
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
