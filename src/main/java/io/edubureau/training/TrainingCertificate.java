package io.edubureau.training;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A certificate uploaded as evidence of a training record; a new upload archives the
 * previous one.
 */
@Entity
@Table(name = "training_certificate")
class TrainingCertificate {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_seq")
	@SequenceGenerator(name = "training_seq", sequenceName = "training_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long recordId;

	@Column(nullable = false, length = 150)
	private String fileName;

	@Column(nullable = false, length = 30)
	private String contentType;

	@Column(nullable = false)
	private long size;

	@Column(nullable = false)
	private boolean archived;

	@Column(nullable = false, length = 64)
	private String updatedBy;

	@Column(nullable = false)
	private Instant updatedAt;

	protected TrainingCertificate() {
	}

	TrainingCertificate(long recordId, String fileName, String contentType, long size, String by) {
		this.recordId = recordId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.size = size;
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	void archive(String by) {
		this.archived = true;
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	Long getRecordId() {
		return recordId;
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

	boolean isArchived() {
		return archived;
	}

}
