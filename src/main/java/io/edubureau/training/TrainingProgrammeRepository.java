package io.edubureau.training;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingProgrammeRepository extends JpaRepository<TrainingProgramme, Long> {

	Optional<TrainingProgramme> findByCode(String code);

	List<TrainingProgramme> findByPlanYearAndArchivedFalseOrderByStartDateAscIdAsc(int year);

	List<TrainingProgramme> findByCodeInOrNameIn(Collection<String> codes, Collection<String> names);

}
