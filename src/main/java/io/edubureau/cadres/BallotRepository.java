package io.edubureau.cadres;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BallotRepository extends JpaRepository<Ballot, String> {

	long countByElectionId(Long electionId);

	/** Candidate id and ballots, for the count. */
	@Query("select b.candidateId, count(b) from Ballot b where b.electionId = :electionId group by b.candidateId")
	List<Object[]> countByCandidate(Long electionId);

}
