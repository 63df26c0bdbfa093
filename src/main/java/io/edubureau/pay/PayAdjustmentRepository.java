package io.edubureau.pay;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PayAdjustmentRepository extends JpaRepository<PayAdjustment, Long> {

	List<PayAdjustment> findByMonthCodeAndStaffIdInOrderByIdAsc(String monthCode, Collection<Long> staffIds);

	List<PayAdjustment> findByMonthCodeOrderByIdAsc(String monthCode);

	List<PayAdjustment> findByStaffIdOrderByIdDesc(long staffId);

}
