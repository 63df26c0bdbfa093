package io.edubureau.cadres;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface VoterRepository extends JpaRepository<Voter, Long> {

	Optional<Voter> findByElectionIdAndStaffId(Long electionId, Long staffId);

	Optional<Voter> findByElectionIdAndTokenHash(Long electionId, String tokenHash);

	long countByElectionId(Long electionId);

	List<Voter> findByStaffIdAndHasVotedFalseOrderByIdDesc(Long staffId);

	long countByElectionIdAndHasVotedTrue(Long electionId);

}
