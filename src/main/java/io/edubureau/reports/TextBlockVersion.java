package io.edubureau.reports;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One saved version of a narrative block; versions are only ever added. */
@Entity
@Table(name = "reports_text_block_version")
class TextBlockVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reports_text_block_version_seq")
	@SequenceGenerator(name = "reports_text_block_version_seq", sequenceName = "reports_text_block_version_seq",
			allocationSize = 50)
	private Long id;

	@Column(nullable = false, length = 60)
	private String ownerKey;

	@Column(name = "summary_year", nullable = false)
	private int year;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private SummarySection section;

	@Column(nullable = false, length = 5)
	private String language;

	@Column(name = "version_no", nullable = false)
	private int versionNo;

	// An explicit @Column defaults to length 255, which MariaDB validates as tinytext.
	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	@Column(nullable = false, length = org.hibernate.Length.LONG32)
	private String body;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false, length = 64)
	private String createdBy;

	protected TextBlockVersion() {
	}

	TextBlockVersion(String ownerKey, int year, SummarySection section, String language, int versionNo, String body,
			String createdBy) {
		this.ownerKey = ownerKey;
		this.year = year;
		this.section = section;
		this.language = language;
		this.versionNo = versionNo;
		this.body = body;
		this.createdAt = Instant.now();
		this.createdBy = createdBy;
	}

	TextBlock toView() {
		return new TextBlock(year, section, language, body, versionNo, createdAt, createdBy);
	}

	SummarySection getSection() {
		return section;
	}

	int getVersionNo() {
		return versionNo;
	}

}
