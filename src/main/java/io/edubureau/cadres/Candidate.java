package io.edubureau.cadres;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A candidate of an election, with the votes once counted. */
@Entity
@Table(name = "cadres_candidate")
class Candidate {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadres_seq")
	@SequenceGenerator(name = "cadres_seq", sequenceName = "cadres_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long electionId;

	@Column(nullable = false)
	private Long staffId;

	@Column(nullable = false, length = 50)
	private String staffName;

	private Integer votes;

	@Version
	private long version;

	protected Candidate() {
	}

	Candidate(long electionId, long staffId, String staffName) {
		this.electionId = electionId;
		this.staffId = staffId;
		this.staffName = staffName;
	}

	void votes(int votes) {
		this.votes = votes;
	}

	Long getId() {
		return id;
	}

	Long getElectionId() {
		return electionId;
	}

	Long getStaffId() {
		return staffId;
	}

	String getStaffName() {
		return staffName;
	}

	Integer getVotes() {
		return votes;
	}

}
