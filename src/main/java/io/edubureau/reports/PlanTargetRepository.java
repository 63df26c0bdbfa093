package io.edubureau.reports;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanTargetRepository extends JpaRepository<PlanTargetRow, Long> {

	List<PlanTargetRow> findByOwnerKeyAndYearAndArchivedAtIsNullOrderByPositionAsc(String ownerKey, int year);

}
