package io.edubureau.exchange;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExchangePlanRepository extends JpaRepository<ExchangePlan, Long> {

	Optional<ExchangePlan> findByOwnerUnitIdAndYear(Long ownerUnitId, int year);

	List<ExchangePlan> findAllByOrderByYearDesc();

}
