package io.edubureau.ethics;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface EthicsAssessmentRepository
		extends JpaRepository<EthicsAssessment, Long>, JpaSpecificationExecutor<EthicsAssessment> {

	List<EthicsAssessment> findByStaffIdOrderByYearDescSemesterDesc(Long staffId);

	Optional<EthicsAssessment> findByStaffIdAndYearAndSemester(Long staffId, int year, int semester);

	List<EthicsAssessment> findByYearAndUnitIdIn(int year, Collection<Long> unitIds);

	List<EthicsAssessment> findByYear(int year);

}
