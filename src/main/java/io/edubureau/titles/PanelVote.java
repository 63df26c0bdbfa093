package io.edubureau.titles;

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

/** One panel member's vote on one application; one per member and application. */
@Entity
@Table(name = "titles_vote")
class PanelVote {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "titles_vote_seq")
	@SequenceGenerator(name = "titles_vote_seq", sequenceName = "titles_vote_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long applicationId;

	@Column(nullable = false)
	private Long memberId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 8)
	private VoteChoice choice;

	@Column(nullable = false, length = 64)
	private String recordedBy;

	@Column(nullable = false)
	private Instant recordedAt;

	protected PanelVote() {
	}

	PanelVote(Long applicationId, Long memberId, VoteChoice choice, String by) {
		this.applicationId = applicationId;
		this.memberId = memberId;
		this.choice = choice;
		this.recordedBy = by;
		this.recordedAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	Long getMemberId() {
		return memberId;
	}

	VoteChoice getChoice() {
		return choice;
	}

}
