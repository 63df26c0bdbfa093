package io.edubureau.exchange;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExchangeExemptionRepository extends JpaRepository<ExchangeExemption, Long> {

	List<ExchangeExemption> findByStaffIdOrderByValidFromDesc(Long staffId);

	List<ExchangeExemption> findByStaffIdIn(Collection<Long> staffIds);

}
