package io.edubureau.personnelfile;

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
import jakarta.persistence.Version;

/**
 * One digitised material of a personnel file; its scan lives in
 * {@link StaffMaterialContent} so listing never loads the bytes.
 */
@Entity
@Table(name = "staff_material")
class StaffMaterial {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_material_seq")
	@SequenceGenerator(name = "staff_material_seq", sequenceName = "staff_material_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long staffId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 15)
	private MaterialCategory category;

	@Column(nullable = false, length = 100)
	private String title;

	@Column(nullable = false)
	private int pages;

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

	@Version
	private long version;

	protected StaffMaterial() {
	}

	StaffMaterial(Long staffId, MaterialCategory category, String title, int pages, String fileName, String contentType,
			long size, String by) {
		this.staffId = staffId;
		this.category = category;
		this.title = title;
		this.pages = pages;
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

	Long getStaffId() {
		return staffId;
	}

	MaterialCategory getCategory() {
		return category;
	}

	boolean isArchived() {
		return archived;
	}

	String getFileName() {
		return fileName;
	}

	String getContentType() {
		return contentType;
	}

	MaterialView toView() {
		return new MaterialView(id, category, title, pages, fileName, contentType, size, archived, updatedBy,
				updatedAt);
	}

}
