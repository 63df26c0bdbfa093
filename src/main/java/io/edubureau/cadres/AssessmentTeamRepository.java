package io.edubureau.cadres;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentTeamRepository extends JpaRepository<AssessmentTeam, Long> {

	List<AssessmentTeam> findByRoundIdOrderByIdAsc(Long roundId);

	boolean existsByRoundIdAndName(Long roundId, String name);

}
