package io.edubureau.retirement;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurvivorBenefitRepository extends JpaRepository<SurvivorBenefit, Long> {

	List<SurvivorBenefit> findByStaffIdOrderByIdAsc(Long staffId);

}
