package io.edubureau.pay;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PayRewardShareRepository extends JpaRepository<PayRewardShare, Long> {

	List<PayRewardShare> findByPlanIdAndRunNumberOrderByStaffNameAscStaffIdAsc(long planId, int runNumber);

	List<PayRewardShare> findByStaffIdOrderByIdDesc(long staffId);

}
