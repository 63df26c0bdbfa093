package io.edubureau.exchange;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ExchangePlanRepository extends JpaRepository<ExchangePlan, Long>, JpaSpecificationExecutor<ExchangePlan> {

	Optional<ExchangePlan> findByOwnerUnitIdAndYear(Long ownerUnitId, int year);

	List<ExchangePlan> findAllByOrderByYearDesc();

}
