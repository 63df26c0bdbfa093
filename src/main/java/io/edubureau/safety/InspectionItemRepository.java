package io.edubureau.safety;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface InspectionItemRepository extends JpaRepository<InspectionItem, Long> {

	List<InspectionItem> findByInspectionIdInOrderByIdAsc(Collection<Long> inspectionIds);

}
