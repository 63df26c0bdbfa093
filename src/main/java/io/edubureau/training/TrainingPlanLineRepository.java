package io.edubureau.training;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingPlanLineRepository extends JpaRepository<TrainingPlanLine, Long> {

	List<TrainingPlanLine> findByPlanYearAndArchivedFalseOrderByIdAsc(int year);

}
