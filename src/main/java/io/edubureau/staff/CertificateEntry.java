package io.edubureau.staff;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One qualification certificate of a person. */
@Entity
@Table(name = "staff_certificate")
class CertificateEntry extends FileEntry<CertificateForm> {

	@Embedded
	private CertificateForm data;

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

}
