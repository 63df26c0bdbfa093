package io.edubureau.cadres;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CandidateRepository extends JpaRepository<Candidate, Long> {

	List<Candidate> findByElectionIdOrderByIdAsc(Long electionId);

}
