package io.edubureau.party;

import java.time.Instant;
import java.time.LocalDate;

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
 * A Party organisation (党委 / 党总支 / 党支部) placed on the unit it belongs to; a branch of
 * several small schools sits on the unit above them. Never deleted.
 */
@Entity
@Table(name = "party_organisation")
class PartyOrganisation {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "party_seq")
	@SequenceGenerator(name = "party_seq", sequenceName = "party_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, length = 100)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 15)
	private OrganisationKind kind;

	private Long parentId;

	@Column(nullable = false)
	private Long unitId;

	// Copy of the unit's tree path, kept in step by UnitMoved events, for scope queries.
	@Column(nullable = false, length = 400)
	private String unitPath;

	private Long secretaryStaffId;

	@Column(length = 50)
	private String secretaryName;

	private LocalDate termStart;

	private LocalDate termEnd;

	// The ballot that completed the sitting committee (BranchElection).
	private Long electionId;

	@Column(nullable = false)
	private boolean active;

	@Column(nullable = false, length = 64)
	private String createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected PartyOrganisation() {
	}

	PartyOrganisation(String name, OrganisationKind kind, Long parentId, long unitId, String unitPath,
			Long secretaryStaffId, String secretaryName, LocalDate termEnd, String by) {
		this.name = name;
		this.kind = kind;
		this.parentId = parentId;
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.secretaryStaffId = secretaryStaffId;
		this.secretaryName = secretaryName;
		this.termEnd = termEnd;
		this.active = true;
		this.createdBy = by;
		this.createdAt = Instant.now();
	}

	OrganisationView toView(String unitName) {
		return new OrganisationView(id, name, kind, parentId, unitId, unitName, secretaryStaffId, secretaryName,
				termStart, termEnd, electionId, active);
	}

	/** The committee elected at term end: its secretary and term. */
	void committeeElected(Long secretaryStaffId, String secretaryName, LocalDate termStart, LocalDate termEnd,
			long electionId) {
		this.secretaryStaffId = secretaryStaffId;
		this.secretaryName = secretaryName;
		this.termStart = termStart;
		this.termEnd = termEnd;
		this.electionId = electionId;
	}

	String getSecretaryName() {
		return secretaryName;
	}

	LocalDate getTermEnd() {
		return termEnd;
	}

	Long getId() {
		return id;
	}

	String getName() {
		return name;
	}

	OrganisationKind getKind() {
		return kind;
	}

	Long getParentId() {
		return parentId;
	}

	Long getUnitId() {
		return unitId;
	}

	String getUnitPath() {
		return unitPath;
	}

	boolean isActive() {
		return active;
	}

}
