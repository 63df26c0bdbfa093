package io.edubureau.org;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

	List<Enrolment> findByUnitIdOrderBySchoolYearDescStageAsc(Long unitId);

	Optional<Enrolment> findByUnitIdAndSchoolYearAndStage(Long unitId, int schoolYear, Stage stage);

}
