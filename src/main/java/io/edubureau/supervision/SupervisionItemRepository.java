package io.edubureau.supervision;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SupervisionItemRepository
		extends JpaRepository<RectificationItem, Long>, JpaSpecificationExecutor<RectificationItem> {

	@Modifying
	@Query("update RectificationItem x set x.unitPath = concat(:newPrefix, substring(x.unitPath, length(:oldPrefix) + 1))"
			+ " where x.unitPath like concat(:oldPrefix, '%')")
	int moveUnitPaths(String oldPrefix, String newPrefix);

	List<RectificationItem> findByVisitIdOrderByIdAsc(long visitId);

}
