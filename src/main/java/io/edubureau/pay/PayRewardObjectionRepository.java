package io.edubureau.pay;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PayRewardObjectionRepository extends JpaRepository<PayRewardObjection, Long> {

	List<PayRewardObjection> findByPlanIdOrderByIdAsc(long planId);

	long countByPlanIdAndAnswerIsNull(long planId);

}
