package io.edubureau.exchange;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExchangePostingRepository extends JpaRepository<ExchangePosting, Long> {

	List<ExchangePosting> findByPlanIdOrderByIdAsc(Long planId);

	List<ExchangePosting> findByStaffIdOrderByIdAsc(Long staffId);

	List<ExchangePosting> findByStaffIdIn(Collection<Long> staffIds);

	List<ExchangePosting> findByPlanIdIn(Collection<Long> planIds);

}
