package io.edubureau.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of one certificate, stored in the database like the staff materials. */
@Entity
@Table(name = "training_certificate_content")
class TrainingCertificateContent {

	@Id
	private Long certificateId;

	// Longer than any column type below longblob, so MariaDB gets longblob and PostgreSQL
	// bytea.
	@Column(nullable = false, length = 20_000_000)
	private byte[] content;

	protected TrainingCertificateContent() {
	}

	TrainingCertificateContent(Long certificateId, byte[] content) {
		this.certificateId = certificateId;
		this.content = content;
	}

	byte[] getContent() {
		return content;
	}

}
