package io.edubureau.pay;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PayRecordRepository extends JpaRepository<PayRecord, Long>, JpaSpecificationExecutor<PayRecord> {

	Optional<PayRecord> findByStaffId(long staffId);

	List<PayRecord> findByStaffIdIn(Collection<Long> staffIds);

	List<PayRecord> findByStatusAndUnitPathStartingWithOrderByIdAsc(PayRecord.Status status, String path);

	/**
	 * The records paid in a month under a unit path (active, or ended after the month's
	 * first day), without entities: staff id, name, unit id, unit path, post grade,
	 * salary step, head teacher, special education, compulsory, ended from.
	 */
	@Query("select r.staffId, r.staffName, r.unitId, r.unitPath, r.postGrade, r.salaryStep, r.headTeacher,"
			+ " r.specialEducation, r.compulsoryTeacher, r.endedFrom from PayRecord r"
			+ " where (r.status = :status or r.endedFrom > :monthStart)"
			+ " and r.unitPath like concat(:path, '%') order by r.id")
	List<Object[]> paidUnder(PayRecord.Status status, java.time.LocalDate monthStart, String path);

	@Query("select distinct r.unitId from PayRecord r where r.status = :status and r.unitPath like :path"
			+ " and (:unitId is null or r.unitId = :unitId)")
	List<Long> unitsWith(PayRecord.Status status, String path, Long unitId);

	@Modifying
	@Query("update PayRecord x set x.unitPath = concat(:newPrefix, substring(x.unitPath, length(:oldPrefix) + 1))"
			+ " where x.unitPath like concat(:oldPrefix, '%')")
	int moveUnitPaths(String oldPrefix, String newPrefix);

}
