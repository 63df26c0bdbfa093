package io.edubureau.awards;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StudioStepRepository extends JpaRepository<StudioStep, Long> {

	List<StudioStep> findByStudioIdOrderByIdAsc(Long studioId);

	List<StudioStep> findByPairIdOrderByIdAsc(Long pairId);

}
