package io.edubureau.establishment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EstablishmentApprovalRepository extends JpaRepository<EstablishmentApproval, Long> {

	// In force on a day: effective by then (undated ones always are), and no approval of
	// the same unit and category effective by then is later (a later date, or the same
	// date recorded later).
	String IN_FORCE = """
			(a.effectiveFrom is null or a.effectiveFrom <= :asOf)
			and not exists (select b.id from EstablishmentApproval b
				where b.unitId = a.unitId and b.postCategory = a.postCategory
				and (b.effectiveFrom is null or b.effectiveFrom <= :asOf)
				and ((b.effectiveFrom is not null and a.effectiveFrom is null)
					or b.effectiveFrom > a.effectiveFrom
					or ((b.effectiveFrom = a.effectiveFrom or (b.effectiveFrom is null and a.effectiveFrom is null))
						and (b.recordedAt > a.recordedAt or (b.recordedAt = a.recordedAt and b.id > a.id)))))
			""";

	@Query("select a from EstablishmentApproval a where a.unitId in :unitIds and " + IN_FORCE)
	List<EstablishmentApproval> inForce(@Param("unitIds") Collection<Long> unitIds, @Param("asOf") LocalDate asOf);

	@Query("select a from EstablishmentApproval a where " + IN_FORCE)
	List<EstablishmentApproval> allInForce(@Param("asOf") LocalDate asOf);

	List<EstablishmentApproval> findByUnitIdOrderByRecordedAtDescIdDesc(Long unitId);

}
