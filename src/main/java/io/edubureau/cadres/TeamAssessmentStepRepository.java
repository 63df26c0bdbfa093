package io.edubureau.cadres;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TeamAssessmentStepRepository extends JpaRepository<TeamAssessmentStep, Long> {

	List<TeamAssessmentStep> findByAssessmentIdOrderByIdAsc(Long assessmentId);

}
