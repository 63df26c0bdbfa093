package io.edubureau.supervision;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SupervisionStepRepository extends JpaRepository<RectificationStep, Long> {

	List<RectificationStep> findByItemIdOrderByIdAsc(long itemId);

}
