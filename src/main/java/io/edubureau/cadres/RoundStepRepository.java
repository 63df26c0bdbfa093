package io.edubureau.cadres;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoundStepRepository extends JpaRepository<RoundStep, Long> {

	List<RoundStep> findByRoundIdOrderByIdAsc(Long roundId);

}
