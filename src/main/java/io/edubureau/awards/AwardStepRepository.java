package io.edubureau.awards;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AwardStepRepository extends JpaRepository<AwardStep, Long> {

	List<AwardStep> findByRoundIdOrderByIdAsc(Long roundId);

}
