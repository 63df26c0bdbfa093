package io.edubureau.awards;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NominationRepository extends JpaRepository<Nomination, Long>, JpaSpecificationExecutor<Nomination> {

	List<Nomination> findByRoundIdOrderByUnitIdAscIdAsc(Long roundId);

	List<Nomination> findByRoundIdAndUnitId(Long roundId, Long unitId);

	List<Nomination> findByRoundIdAndStaffId(Long roundId, Long staffId);

	/**
	 * The honours conferred on a day between the two, oldest first (set-based, one
	 * query).
	 */
	@Query("select new io.edubureau.awards.ConferredAward(n.id, n.staffId, n.staffName, n.unitId, r.name, r.kind,"
			+ " r.level, r.conferredOn, r.documentNumber) from Nomination n, AwardRound r where r.id = n.roundId"
			+ " and n.status = io.edubureau.awards.NominationStatus.CONFERRED"
			+ " and r.conferredOn >= :from and r.conferredOn <= :to order by r.conferredOn, n.id")
	List<ConferredAward> conferredBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

}
