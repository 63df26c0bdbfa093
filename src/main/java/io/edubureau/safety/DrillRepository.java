package io.edubureau.safety;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DrillRepository extends JpaRepository<SafetyDrill, Long>, JpaSpecificationExecutor<SafetyDrill> {

	@Modifying
	@Query("update SafetyDrill x set x.unitPath = concat(:newPrefix, substring(x.unitPath, length(:oldPrefix) + 1))"
			+ " where x.unitPath like concat(:oldPrefix, '%')")
	int moveUnitPaths(String oldPrefix, String newPrefix);

}
