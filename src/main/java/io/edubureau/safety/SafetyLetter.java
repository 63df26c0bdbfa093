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
import jakarta.persistence.Version;

/**
 * The safety responsibility letter (安全责任书) of one year from the bureau to one school:
 * issued, then signed once with the signed scan ({@link SafetyFile} with the letter's
 * id).
 */
@Entity
@Table(name = "safety_letter")
class SafetyLetter {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "safety_seq")
	@SequenceGenerator(name = "safety_seq", sequenceName = "safety_seq", allocationSize = 50)
	private Long id;

	@Column(name = "letter_year", nullable = false)
	private int year;

	@Column(nullable = false)
	private Long unitId;

	// Copy of the unit's tree path, kept in step by UnitMoved events, for scope queries.
	@Column(nullable = false, length = 400)
	private String unitPath;

	@Column(nullable = false)
	private LocalDate issuedOn;

	private LocalDate signedOn;

	@Column(length = 50)
	private String signatory;

	private Long fileId;

	@Column(length = 150)
	private String fileName;

	@Column(length = 30)
	private String contentType;

	@Column(nullable = false, length = 64)
	private String updatedBy;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected SafetyLetter() {
	}

	SafetyLetter(int year, long unitId, String unitPath, LocalDate issuedOn, String by) {
		this.year = year;
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.issuedOn = issuedOn;
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	void sign(LocalDate on, String signatory, String fileName, String contentType, String by) {
		this.signedOn = on;
		this.signatory = signatory;
		this.fileId = id;
		this.fileName = fileName;
		this.contentType = contentType;
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	int getYear() {
		return year;
	}

	Long getUnitId() {
		return unitId;
	}

	LocalDate getIssuedOn() {
		return issuedOn;
	}

	LocalDate getSignedOn() {
		return signedOn;
	}

	String getSignatory() {
		return signatory;
	}

	Long getFileId() {
		return fileId;
	}

	String getFileName() {
		return fileName;
	}

	String getContentType() {
		return contentType;
	}

}
