package io.edubureau.personnelfile;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * An auditor's signed conclusion on one person's file; later conclusions add to the
 * history.
 */
@Entity
@Immutable
@Table(name = "staff_file_audit")
class FileAuditConclusion {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_file_audit_seq")
	@SequenceGenerator(name = "staff_file_audit_seq", sequenceName = "staff_file_audit_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long staffId;

	@Column(nullable = false)
	private LocalDate confirmedBirthDate;

	private LocalDate confirmedWorkStartDate;

	private LocalDate confirmedPartyJoinDate;

	@Column(length = 500)
	private String education;

	@Column(length = 500)
	private String identity;

	@Column(nullable = false, length = 1000)
	private String evidence;

	@Column(nullable = false, length = 64)
	private String signedBy;

	@Column(nullable = false)
	private Instant signedAt;

	protected FileAuditConclusion() {
	}

	FileAuditConclusion(Long staffId, FileAuditForm form, String signedBy) {
		this.staffId = staffId;
		this.confirmedBirthDate = form.confirmedBirthDate();
		this.confirmedWorkStartDate = form.confirmedWorkStartDate();
		this.confirmedPartyJoinDate = form.confirmedPartyJoinDate();
		this.education = form.education();
		this.identity = form.identity();
		this.evidence = form.evidence();
		this.signedBy = signedBy;
		this.signedAt = Instant.now();
	}

	FileAuditView toView() {
		return new FileAuditView(id, confirmedBirthDate, confirmedWorkStartDate, confirmedPartyJoinDate, education,
				identity, evidence, signedBy, signedAt);
	}

}
