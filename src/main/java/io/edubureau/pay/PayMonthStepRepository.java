package io.edubureau.pay;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PayMonthStepRepository extends JpaRepository<PayMonthStep, Long> {

	List<PayMonthStep> findByMonthIdOrderByIdAsc(long monthId);

}
