package io.edubureau.recruitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an applicant's photo, stored in the database like the other scans. */
@Entity
@Table(name = "recruitment_applicant_photo_content")
class ApplicantPhotoContent {

	@Id
	private Long applicationId;

	// Longer than any column type below longblob, so MariaDB gets longblob and PostgreSQL
	// bytea.
	@Column(nullable = false, length = 20_000_000)
	private byte[] content;

	protected ApplicantPhotoContent() {
	}

	ApplicantPhotoContent(long applicationId, byte[] content) {
		this.applicationId = applicationId;
		this.content = content;
	}

	void replace(byte[] content) {
		this.content = content;
	}

	byte[] getContent() {
		return content;
	}

}
