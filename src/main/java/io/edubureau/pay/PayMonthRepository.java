package io.edubureau.pay;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PayMonthRepository extends JpaRepository<PayMonth, Long> {

	Optional<PayMonth> findByOwnerUnitIdAndMonthCode(long ownerUnitId, String monthCode);

	List<PayMonth> findByMonthCode(String monthCode);

	List<PayMonth> findAllByOrderByMonthCodeDescIdAsc();

	List<PayMonth> findByMonthCodeBetween(String from, String to);

	List<PayMonth> findByStateAndMonthCodeBetween(PayMonth.State state, String from, String to);

}
