package io.edubureau.pay;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PayBackLineRepository extends JpaRepository<PayBackLine, Long> {

	/** A batch's lines in scope (a path prefix with %, and one unit or none). */
	@Query("select l from PayBackLine l where l.batchId = :batchId and l.unitPath like :path"
			+ " and (:unitId is null or l.unitId = :unitId) order by l.staffName, l.staffId, l.monthCode, l.code")
	List<PayBackLine> linesOf(long batchId, String path, Long unitId);

	/**
	 * What approved batches already paid back under an owner from a month on: staff id,
	 * month, code, sum of differences.
	 */
	@Query("select l.staffId, l.monthCode, l.code, sum(l.differenceFen) from PayBackLine l, PayBackBatch b"
			+ " where b.id = l.batchId and b.state = io.edubureau.pay.PayBackBatch.State.APPROVED"
			+ " and b.ownerUnitId = :ownerUnitId and l.monthCode >= :fromMonth"
			+ " group by l.staffId, l.monthCode, l.code")
	List<Object[]> approvedSince(long ownerUnitId, String fromMonth);

}
