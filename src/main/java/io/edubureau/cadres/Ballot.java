package io.edubureau.cadres;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A secret ballot: a random id (no sequence, so ids give no order of casting), the
 * election and the choice — nothing that names the voter or the moment.
 */
@Entity
@Table(name = "cadres_ballot")
class Ballot {

	@Id
	@Column(length = 36)
	private String id;

	@Column(nullable = false)
	private Long electionId;

	@Column(nullable = false)
	private Long candidateId;

	protected Ballot() {
	}

	Ballot(long electionId, long candidateId) {
		this.id = UUID.randomUUID().toString();
		this.electionId = electionId;
		this.candidateId = candidateId;
	}

}
