package io.edubureau.pay;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PayRateRepository extends JpaRepository<PayRate, Long> {

	List<PayRate> findByEffectiveFromLessThanEqual(LocalDate day);

	List<PayRate> findAllByOrderByKindAscEffectiveFromDescCodeAsc();

}
