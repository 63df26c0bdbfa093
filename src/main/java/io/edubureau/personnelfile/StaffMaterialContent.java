package io.edubureau.personnelfile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The scanned bytes of one material, stored in the database. */
@Entity
@Table(name = "staff_material_content")
class StaffMaterialContent {

	@Id
	private Long materialId;

	// Longer than any column type below longblob, so MariaDB gets longblob and PostgreSQL
	// bytea.
	@Column(nullable = false, length = 20_000_000)
	private byte[] content;

	protected StaffMaterialContent() {
	}

	StaffMaterialContent(Long materialId, byte[] content) {
		this.materialId = materialId;
		this.content = content;
	}

	byte[] getContent() {
		return content;
	}

}
