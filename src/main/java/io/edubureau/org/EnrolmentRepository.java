package io.edubureau.org;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

	List<Enrolment> findByUnitIdOrderBySchoolYearDescStageAsc(Long unitId);

	Optional<Enrolment> findByUnitIdAndSchoolYearAndStage(Long unitId, int schoolYear, Stage stage);

	List<Enrolment> findByUnitIdAndSchoolYear(Long unitId, int schoolYear);

	@org.springframework.data.jpa.repository.Query("select e from Enrolment e, Unit u where u.id = e.unitId"
			+ " and e.schoolYear = :year and u.path like concat(:prefix, '%')")
	List<Enrolment> findInSubtree(@org.springframework.data.repository.query.Param("year") int year,
			@org.springframework.data.repository.query.Param("prefix") String prefix);

	@org.springframework.data.jpa.repository.Query("select max(e.schoolYear) from Enrolment e")
	Integer latestSchoolYear();

}
