package io.edubureau.staff;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

// Conclusions are only ever added: no update or delete.
interface FileAuditRepository extends Repository<FileAuditConclusion, Long> {

	FileAuditConclusion save(FileAuditConclusion conclusion);

	List<FileAuditConclusion> findByStaffIdOrderBySignedAtDesc(Long staffId);

	@Query("select s.unitId, count(distinct c.staffId), count(distinct s.id) from StaffMember s"
			+ " left join FileAuditConclusion c on c.staffId = s.id"
			+ " where s.status = io.edubureau.staff.StaffStatus.ACTIVE and s.unitPath like concat(:prefix, '%')"
			+ " group by s.unitId")
	List<Object[]> coverageByUnit(@Param("prefix") String prefix);

	// The same per unit, one page of units in their id order; the count is of the units.
	@Query(value = "select s.unitId, count(distinct c.staffId), count(distinct s.id) from StaffMember s"
			+ " left join FileAuditConclusion c on c.staffId = s.id"
			+ " where s.status = io.edubureau.staff.StaffStatus.ACTIVE and s.unitPath like concat(:prefix, '%')"
			+ " group by s.unitId order by s.unitId",
			countQuery = "select count(distinct s.unitId) from StaffMember s"
					+ " where s.status = io.edubureau.staff.StaffStatus.ACTIVE and s.unitPath like concat(:prefix, '%')")
	Page<Object[]> coverageByUnit(@Param("prefix") String prefix, Pageable pageable);

}
