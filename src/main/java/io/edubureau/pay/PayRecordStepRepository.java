package io.edubureau.pay;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PayRecordStepRepository extends JpaRepository<PayRecordStep, Long> {

	List<PayRecordStep> findByRecordIdOrderByEffectiveOnAscIdAsc(long recordId);

	List<PayRecordStep> findByRecordIdInOrderByEffectiveOnAscIdAsc(Collection<Long> recordIds);

	List<PayRecordStep> findByRecordIdInAndEffectiveOnAndKindIn(Collection<Long> recordIds, LocalDate on,
			Collection<PayRecordStep.Kind> kinds);

	@Query("select s.recordId, r.staffName, r.unitId, s.effectiveOn, s.salaryStep from PayRecordStep s, PayRecord r"
			+ " where s.recordId = r.id and s.kind = :kind and s.effectiveOn between :from and :to"
			+ " and r.unitPath like :path and (:unitId is null or r.unitId = :unitId) order by r.staffName, s.id")
	List<Object[]> stepsIn(PayRecordStep.Kind kind, LocalDate from, LocalDate to, String path, Long unitId);

}
