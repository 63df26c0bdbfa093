package io.edubureau.students;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StudentRepository extends JpaRepository<Student, Long>, JpaSpecificationExecutor<Student> {

	Optional<Student> findByIdNumber(String idNumber);

	@Modifying
	@Query("update Student x set x.unitPath = concat(:newPrefix, substring(x.unitPath, length(:oldPrefix) + 1))"
			+ " where x.unitPath like concat(:oldPrefix, '%')")
	int moveUnitPaths(String oldPrefix, String newPrefix);

}

interface StudentEventRepository extends JpaRepository<StudentEvent, Long> {

	List<StudentEvent> findByStudentIdOrderByOccurredOnAscIdAsc(long studentId);

}

interface StudentTransferRepository
		extends JpaRepository<StudentTransfer, Long>, JpaSpecificationExecutor<StudentTransfer> {

	List<StudentTransfer> findByStudentIdOrderByIdAsc(long studentId);

	boolean existsByStudentIdAndStatus(long studentId, StudentTransferStatus status);

}

interface DropoutCaseRepository extends JpaRepository<DropoutCase, Long>, JpaSpecificationExecutor<DropoutCase> {

	@Modifying
	@Query("update DropoutCase x set x.unitPath = concat(:newPrefix, substring(x.unitPath, length(:oldPrefix) + 1))"
			+ " where x.unitPath like concat(:oldPrefix, '%')")
	int moveUnitPaths(String oldPrefix, String newPrefix);

	List<DropoutCase> findByStudentIdOrderByIdAsc(long studentId);

	boolean existsByStudentIdAndStatus(long studentId, String status);

	List<DropoutCase> findByStatusAndDeadlineBefore(String status, LocalDate day);

}

interface DropoutActionRepository extends JpaRepository<DropoutAction, Long> {

	List<DropoutAction> findByCaseIdOrderByActedOnAscIdAsc(long caseId);

}

interface StudentPromotionRepository extends JpaRepository<Promotion, Long> {

	boolean existsByUnitIdAndSchoolYear(long unitId, int schoolYear);

	List<Promotion> findByUnitIdOrderBySchoolYearDesc(long unitId);

}
