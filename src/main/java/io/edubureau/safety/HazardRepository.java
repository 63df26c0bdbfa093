package io.edubureau.safety;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface HazardRepository extends JpaRepository<SafetyHazard, Long>, JpaSpecificationExecutor<SafetyHazard> {

	@Modifying
	@Query("update SafetyHazard x set x.unitPath = concat(:newPrefix, substring(x.unitPath, length(:oldPrefix) + 1))"
			+ " where x.unitPath like concat(:oldPrefix, '%')")
	int moveUnitPaths(String oldPrefix, String newPrefix);

	List<SafetyHazard> findByInspectionIdOrderByIdAsc(long inspectionId);

	long countByInspectionId(long inspectionId);

}
