package io.edubureau.exams;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ExamResultRepository extends JpaRepository<ExamResult, Long>, JpaSpecificationExecutor<ExamResult> {

	@Query("select r.candidateNumber from ExamResult r where r.exam = :exam and r.year = :year "
			+ "and r.candidateNumber in :numbers")
	List<String> existingCandidates(Exam exam, int year, Collection<String> numbers);

	@Query("select r.idNumber from ExamResult r where r.exam = :exam and r.year = :year and r.idNumber in :numbers")
	List<String> existingPeople(Exam exam, int year, Collection<String> numbers);

	@Modifying
	@Query("update ExamResult x set x.unitPath = concat(:newPrefix, substring(x.unitPath, length(:oldPrefix) + 1))"
			+ " where x.unitPath like concat(:oldPrefix, '%')")
	int moveUnitPaths(String oldPrefix, String newPrefix);

}

interface CutoffLineRepository extends JpaRepository<CutoffLine, Long> {

	List<CutoffLine> findByExamAndYearOrderByBatchAscPublishedOnDescIdDesc(Exam exam, int year);

}
