package io.edubureau.supervision;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One rectification of an item with its evidence scan; its bytes are a
 * {@link SupervisionFile} with the same id.
 */
@Entity
@Table(name = "supervision_evidence")
class RectificationEvidence {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supervision_seq")
	@SequenceGenerator(name = "supervision_seq", sequenceName = "supervision_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long itemId;

	@Column(nullable = false, length = 500)
	private String note;

	@Column(nullable = false)
	private LocalDate rectifiedOn;

	@Column(nullable = false, length = 150)
	private String fileName;

	@Column(nullable = false, length = 30)
	private String contentType;

	@Column(nullable = false)
	private long size;

	@Column(nullable = false, length = 64)
	private String recordedBy;

	@Column(nullable = false)
	private Instant recordedAt;

	protected RectificationEvidence() {
	}

	RectificationEvidence(long itemId, String note, LocalDate rectifiedOn, String fileName, String contentType,
			long size, String by) {
		this.itemId = itemId;
		this.note = note;
		this.rectifiedOn = rectifiedOn;
		this.fileName = fileName;
		this.contentType = contentType;
		this.size = size;
		this.recordedBy = by;
		this.recordedAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	Long getItemId() {
		return itemId;
	}

	String getFileName() {
		return fileName;
	}

	String getContentType() {
		return contentType;
	}

	EvidenceView toView() {
		return new EvidenceView(id, note, rectifiedOn, fileName, contentType, size, recordedBy, recordedAt);
	}

}
