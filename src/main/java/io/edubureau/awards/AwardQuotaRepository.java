package io.edubureau.awards;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AwardQuotaRepository extends JpaRepository<AwardQuota, Long> {

	List<AwardQuota> findByRoundIdOrderByUnitId(Long roundId);

	Optional<AwardQuota> findByRoundIdAndUnitId(Long roundId, Long unitId);

}
