package io.edubureau.supervision;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SupervisionScoreRepository extends JpaRepository<IndicatorScore, Long> {

	List<IndicatorScore> findByVisitIdInOrderByIdAsc(Collection<Long> visitIds);

}
