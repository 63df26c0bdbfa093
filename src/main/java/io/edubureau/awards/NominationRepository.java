package io.edubureau.awards;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NominationRepository extends JpaRepository<Nomination, Long> {

	List<Nomination> findByRoundIdOrderByUnitIdAscIdAsc(Long roundId);

	List<Nomination> findByRoundIdAndUnitId(Long roundId, Long unitId);

	List<Nomination> findByRoundIdAndStaffId(Long roundId, Long staffId);

}
