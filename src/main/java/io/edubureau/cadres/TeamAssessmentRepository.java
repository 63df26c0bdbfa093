package io.edubureau.cadres;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TeamAssessmentRepository extends JpaRepository<TeamAssessment, Long> {

	List<TeamAssessment> findByRoundIdOrderByUnitIdAsc(Long roundId);

	Optional<TeamAssessment> findByRoundIdAndUnitId(Long roundId, Long unitId);

	List<TeamAssessment> findByUnitIdOrderByYearDescIdDesc(Long unitId);

	List<TeamAssessment> findByYear(int year);

	List<TeamAssessment> findByYearAndUnitIdIn(int year, Collection<Long> unitIds);

}
