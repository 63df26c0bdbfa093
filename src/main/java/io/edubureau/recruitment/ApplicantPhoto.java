package io.edubureau.recruitment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An applicant's photo (one per application; a new upload replaces it): what the bytes
 * are, judged by their content, and their size in bytes and pixels.
 */
@Entity
@Table(name = "recruitment_applicant_photo")
class ApplicantPhoto {

	@Id
	private Long applicationId;

	@Column(nullable = false, length = 150)
	private String fileName;

	@Column(nullable = false, length = 30)
	private String contentType;

	@Column(nullable = false)
	private long size;

	@Column(nullable = false)
	private int width;

	@Column(nullable = false)
	private int height;

	@Column(nullable = false, length = 64)
	private String updatedBy;

	@Column(nullable = false)
	private Instant updatedAt;

	protected ApplicantPhoto() {
	}

	ApplicantPhoto(long applicationId) {
		this.applicationId = applicationId;
	}

	void replace(String fileName, String contentType, long size, int width, int height, String by) {
		this.fileName = fileName;
		this.contentType = contentType;
		this.size = size;
		this.width = width;
		this.height = height;
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	Long getApplicationId() {
		return applicationId;
	}

	String getFileName() {
		return fileName;
	}

	String getContentType() {
		return contentType;
	}

	long getSize() {
		return size;
	}

	int getWidth() {
		return width;
	}

	int getHeight() {
		return height;
	}

}
