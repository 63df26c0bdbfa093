package io.edubureau.safety;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HazardStepRepository extends JpaRepository<HazardStep, Long> {

	List<HazardStep> findByHazardIdOrderByIdAsc(long hazardId);

}
