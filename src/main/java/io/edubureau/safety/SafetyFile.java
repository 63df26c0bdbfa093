package io.edubureau.safety;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of an uploaded scan (evidence or a signed letter), stored like the staff
 * materials.
 */
@Entity
@Table(name = "safety_file_content")
class SafetyFile {

	@Id
	private Long id;

	// Longer than any column type below longblob, so MariaDB gets longblob and PostgreSQL
	// bytea.
	@Column(nullable = false, length = 20_000_000)
	private byte[] content;

	protected SafetyFile() {
	}

	SafetyFile(Long id, byte[] content) {
		this.id = id;
		this.content = content;
	}

	byte[] getContent() {
		return content;
	}

}
