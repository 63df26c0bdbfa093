package io.edubureau.cadres;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An assessment team (考核组) of a round: its members from staff and the units it assesses.
 */
@Entity
@Table(name = "cadres_assessment_team")
class AssessmentTeam {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadres_seq")
	@SequenceGenerator(name = "cadres_seq", sequenceName = "cadres_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long roundId;

	@Column(nullable = false, length = 100)
	private String name;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "cadres_assessment_team_member", joinColumns = @JoinColumn(name = "team_id"))
	@Column(name = "staff_id")
	private Set<Long> memberStaffIds = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "cadres_assessment_team_unit", joinColumns = @JoinColumn(name = "team_id"))
	@Column(name = "unit_id")
	private Set<Long> unitIds = new LinkedHashSet<>();

	@Column(nullable = false, length = 64)
	private String createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected AssessmentTeam() {
	}

	AssessmentTeam(long roundId, String name, Set<Long> members, Set<Long> units, String by) {
		this.roundId = roundId;
		this.name = name;
		this.memberStaffIds.addAll(members);
		this.unitIds.addAll(units);
		this.createdBy = by;
		this.createdAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	Long getRoundId() {
		return roundId;
	}

	String getName() {
		return name;
	}

	Set<Long> getMemberStaffIds() {
		return Set.copyOf(memberStaffIds);
	}

	Set<Long> getUnitIds() {
		return Set.copyOf(unitIds);
	}

}
