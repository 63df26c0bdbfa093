package io.edubureau.safety;

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
 * One rectification (整改) of a hazard with its evidence scan; its bytes are a
 * {@link SafetyFile} with the same id.
 */
@Entity
@Table(name = "safety_rectification")
class Rectification {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "safety_seq")
	@SequenceGenerator(name = "safety_seq", sequenceName = "safety_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long hazardId;

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

	protected Rectification() {
	}

	Rectification(long hazardId, String note, LocalDate rectifiedOn, String fileName, String contentType, long size,
			String by) {
		this.hazardId = hazardId;
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

	Long getHazardId() {
		return hazardId;
	}

	String getFileName() {
		return fileName;
	}

	String getContentType() {
		return contentType;
	}

	RectificationView toView() {
		return new RectificationView(id, note, rectifiedOn, fileName, contentType, size, recordedBy, recordedAt);
	}

}
