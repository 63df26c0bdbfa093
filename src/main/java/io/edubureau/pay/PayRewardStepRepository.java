package io.edubureau.pay;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PayRewardStepRepository extends JpaRepository<PayRewardStep, Long> {

	List<PayRewardStep> findByPlanIdOrderByIdAsc(long planId);

}
