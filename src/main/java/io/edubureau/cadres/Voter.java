package io.edubureau.cadres;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An eligible voter of an online election: only whether they voted; the hash of their
 * unused token is cleared when it is used.
 */
@Entity
@Table(name = "cadres_voter")
class Voter {

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

	@Column(length = 64)
	private String tokenHash;

	@Column(nullable = false)
	private boolean hasVoted;

	@Version
	private long version;

	protected Voter() {
	}

	Voter(long electionId, long staffId, String staffName) {
		this.electionId = electionId;
		this.staffId = staffId;
		this.staffName = staffName;
	}

	void issue(String tokenHash) {
		this.tokenHash = tokenHash;
	}

	void voted() {
		this.hasVoted = true;
		this.tokenHash = null;
	}

	Long getElectionId() {
		return electionId;
	}

	Long getStaffId() {
		return staffId;
	}

	boolean hasVoted() {
		return hasVoted;
	}

}
