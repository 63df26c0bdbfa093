package io.edubureau.supervision;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SupervisionEvidenceRepository extends JpaRepository<RectificationEvidence, Long> {

	List<RectificationEvidence> findByItemIdOrderByIdAsc(long itemId);

}
