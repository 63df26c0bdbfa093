package io.edubureau.staff;

import java.time.LocalDate;

import io.edubureau.platform.Rejection;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One qualification certificate of a person. */
@Entity
@Table(name = "staff_certificate")
class CertificateEntry extends FileEntry<CertificateForm> {

	@Embedded
	private CertificateForm data;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private CertificateStatus status = CertificateStatus.VALID;

	private LocalDate statusOn;

	@Column(length = 500)
	private String statusNote;

	@Column(length = 64)
	private String statusBy;

	protected CertificateEntry() {
	}

	CertificateEntry(Long staffId, CertificateForm data, String by) {
		super(staffId, by);
		this.data = data;
	}

	@Override
	CertificateForm data() {
		return data;
	}

	@Override
	void replace(CertificateForm data) {
		this.data = data;
	}

	/**
	 * Sets whether the qualification stands; a change to the status it already has is
	 * refused, so every change in the audit trail is a real one.
	 */
	void changeStatus(CertificateStatus to, LocalDate on, String note, String by) {
		if (to == status) {
			throw new Rejection("status", "certificate.status.same");
		}
		this.status = to;
		this.statusOn = on;
		this.statusNote = note;
		this.statusBy = by;
	}

	CertificateStatus getStatus() {
		return status;
	}

	LocalDate getStatusOn() {
		return statusOn;
	}

	CertificateState state() {
		return new CertificateState(status, statusOn, statusNote, statusBy);
	}

}
