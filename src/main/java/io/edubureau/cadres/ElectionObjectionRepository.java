package io.edubureau.cadres;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ElectionObjectionRepository extends JpaRepository<ElectionObjection, Long> {

	List<ElectionObjection> findByElectionIdOrderByIdAsc(long electionId);

}
