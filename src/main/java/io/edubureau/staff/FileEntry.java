package io.edubureau.staff;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/**
 * One entry of a personnel-file category; entries are archived, never deleted. All
 * categories share one id sequence.
 */
@MappedSuperclass
abstract class FileEntry<F extends FileForm> {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_file_entry_seq")
	@SequenceGenerator(name = "staff_file_entry_seq", sequenceName = "staff_file_entry_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long staffId;

	@Column(nullable = false)
	private boolean archived;

	@Column(nullable = false, length = 64)
	private String updatedBy;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected FileEntry() {
	}

	FileEntry(Long staffId, String by) {
		this.staffId = staffId;
		touch(by);
	}

	abstract F data();

	abstract void replace(F data);

	/** Where the entry came from ("import"), null when entered in the product. */
	String source() {
		return null;
	}

	void update(F data, String by) {
		replace(data);
		touch(by);
	}

	void archive(String by) {
		this.archived = true;
		touch(by);
	}

	private void touch(String by) {
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	Long getStaffId() {
		return staffId;
	}

	boolean isArchived() {
		return archived;
	}

	FileEntryView toView(FileCategory category) {
		return new FileEntryView(id, category, archived, data(), updatedBy, updatedAt,
				this instanceof CertificateEntry c ? c.state() : null, source());
	}

}
