package io.edubureau.staff;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One post appointment of a person. */
@Entity
@Table(name = "staff_post")
class PostEntry extends FileEntry<PostForm> {

	@Embedded
	private PostForm data;

	protected PostEntry() {
	}

	PostEntry(Long staffId, PostForm data, String by) {
		super(staffId, by);
		this.data = data;
	}

	@Override
	PostForm data() {
		return data;
	}

	@Override
	void replace(PostForm data) {
		this.data = data;
	}

}
