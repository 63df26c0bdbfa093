package io.edubureau.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an uploaded evidence scan, stored like the safety scans. */
@Entity
@Table(name = "supervision_file_content")
class SupervisionFile {

	@Id
	private Long id;

	// Longer than any column type below longblob, so MariaDB gets longblob and PostgreSQL
	// bytea.
	@Column(nullable = false, length = 20_000_000)
	private byte[] content;

	protected SupervisionFile() {
	}

	SupervisionFile(Long id, byte[] content) {
		this.id = id;
		this.content = content;
	}

	byte[] getContent() {
		return content;
	}

}
