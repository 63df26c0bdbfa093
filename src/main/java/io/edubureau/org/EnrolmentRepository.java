package io.edubureau.org;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

	List<Enrolment> findByUnitIdOrderBySchoolYearDescStageAsc(Long unitId);

	Optional<Enrolment> findByUnitIdAndSchoolYearAndStage(Long unitId, int schoolYear, Stage stage);

	List<Enrolment> findByUnitIdAndSchoolYear(Long unitId, int schoolYear);

	List<Enrolment> findByUnitIdInAndSchoolYear(java.util.Collection<Long> unitIds, int schoolYear);

	@org.springframework.data.jpa.repository.Query("select e from Enrolment e, Unit u where u.id = e.unitId"
			+ " and e.schoolYear = :year and u.path like concat(:prefix, '%')")
	List<Enrolment> findInSubtree(@org.springframework.data.repository.query.Param("year") int year,
			@org.springframework.data.repository.query.Param("prefix") String prefix);

	@org.springframework.data.jpa.repository.Query("select e.stage, sum(e.students), sum(e.classes)"
			+ " from Enrolment e, Unit u where u.id = e.unitId and e.schoolYear = :year"
			+ " and u.path like concat(:prefix, '%') group by e.stage")
	List<Object[]> totalsInSubtree(@org.springframework.data.repository.query.Param("year") int year,
			@org.springframework.data.repository.query.Param("prefix") String prefix);

	@org.springframework.data.jpa.repository.Query("select e.stage, sum(e.students), sum(e.classes)"
			+ " from Enrolment e where e.unitId = :unitId and e.schoolYear = :year group by e.stage")
	List<Object[]> totalsOfUnit(@org.springframework.data.repository.query.Param("year") int year,
			@org.springframework.data.repository.query.Param("unitId") Long unitId);

	@org.springframework.data.jpa.repository.Query(
			value = "select e from Enrolment e, Unit u where u.id = e.unitId and e.schoolYear = :year"
					+ " and u.path like concat(:prefix, '%') and e.stage in :stages order by u.code, e.stage",
			countQuery = "select count(e) from Enrolment e, Unit u where u.id = e.unitId and e.schoolYear = :year"
					+ " and u.path like concat(:prefix, '%') and e.stage in :stages")
	org.springframework.data.domain.Page<Enrolment> pageInSubtree(
			@org.springframework.data.repository.query.Param("year") int year,
			@org.springframework.data.repository.query.Param("prefix") String prefix,
			@org.springframework.data.repository.query.Param("stages") java.util.Collection<Stage> stages,
			org.springframework.data.domain.Pageable pageable);

	@org.springframework.data.jpa.repository.Query(
			value = "select e from Enrolment e where e.unitId = :unitId and e.schoolYear = :year"
					+ " and e.stage in :stages order by e.stage",
			countQuery = "select count(e) from Enrolment e where e.unitId = :unitId and e.schoolYear = :year"
					+ " and e.stage in :stages")
	org.springframework.data.domain.Page<Enrolment> pageOfUnit(
			@org.springframework.data.repository.query.Param("year") int year,
			@org.springframework.data.repository.query.Param("unitId") Long unitId,
			@org.springframework.data.repository.query.Param("stages") java.util.Collection<Stage> stages,
			org.springframework.data.domain.Pageable pageable);

	@org.springframework.data.jpa.repository.Query("select max(e.schoolYear) from Enrolment e")
	Integer latestSchoolYear();

}
