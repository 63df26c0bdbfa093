package io.edubureau.safety;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RectificationRepository extends JpaRepository<Rectification, Long> {

	List<Rectification> findByHazardIdOrderByIdAsc(long hazardId);

	boolean existsByHazardIdAndRecordedAtAfter(long hazardId, java.time.Instant after);

}
