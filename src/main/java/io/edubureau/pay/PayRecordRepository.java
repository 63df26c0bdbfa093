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

	@Modifying
	@Query("update PayRecord x set x.unitPath = concat(:newPrefix, substring(x.unitPath, length(:oldPrefix) + 1))"
			+ " where x.unitPath like concat(:oldPrefix, '%')")
	int moveUnitPaths(String oldPrefix, String newPrefix);

}
