package io.edubureau.pay;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParityAverageRepository extends JpaRepository<ParityAverage, Long> {

	List<ParityAverage> findByOwnerUnitIdOrderByYearAscIdAsc(long ownerUnitId);

}
