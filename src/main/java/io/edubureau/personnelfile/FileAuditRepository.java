package io.edubureau.personnelfile;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

// Conclusions are only ever added: no update or delete.
interface FileAuditRepository extends Repository<FileAuditConclusion, Long> {

	FileAuditConclusion save(FileAuditConclusion conclusion);

	List<FileAuditConclusion> findByStaffIdOrderBySignedAtDesc(Long staffId);

	// Everyone with a conclusion; staff's tables are read through StaffManagement only.
	@Query("select distinct c.staffId from FileAuditConclusion c")
	List<Long> audited();

	// Each audited person and their first signature, for the figures of several years.
	@Query("select c.staffId, min(c.signedAt) from FileAuditConclusion c where c.signedAt < :before group by c.staffId")
	List<Object[]> firstSignatures(@Param("before") Instant before);

}
