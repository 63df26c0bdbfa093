package io.edubureau.pay;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PayRewardPlanRepository extends JpaRepository<PayRewardPlan, Long> {

	Optional<PayRewardPlan> findByUnitIdAndYear(long unitId, int year);

	@Query("select p from PayRewardPlan p where p.unitPath like :path and (:unitId is null or p.unitId = :unitId)"
			+ " and (:year is null or p.year = :year) order by p.year desc, p.unitPath, p.id")
	Page<PayRewardPlan> within(String path, Long unitId, Integer year, Pageable page);

}
