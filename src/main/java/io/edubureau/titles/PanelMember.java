package io.edubureau.titles;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A member of a round's review panel (评审委员会). */
@Entity
@Table(name = "titles_panel_member")
class PanelMember {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "titles_panel_member_seq")
	@SequenceGenerator(name = "titles_panel_member_seq", sequenceName = "titles_panel_member_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long roundId;

	@Column(name = "member_name", nullable = false, length = 100)
	private String name;

	@Column(length = 100)
	private String affiliation;

	@Column(nullable = false, length = 64)
	private String addedBy;

	@Column(nullable = false)
	private Instant addedAt;

	protected PanelMember() {
	}

	PanelMember(Long roundId, String name, String affiliation, String by) {
		this.roundId = roundId;
		this.name = name;
		this.affiliation = affiliation;
		this.addedBy = by;
		this.addedAt = Instant.now();
	}

	PanelMemberView toView() {
		return new PanelMemberView(id, name, affiliation);
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

}
