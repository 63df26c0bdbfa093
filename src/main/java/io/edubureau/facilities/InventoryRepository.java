package io.edubureau.facilities;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InventoryRepository extends JpaRepository<SchoolInventory, Long>, JpaSpecificationExecutor<SchoolInventory> {

	@Modifying
	@Query("update SchoolInventory x set x.unitPath = concat(:newPrefix, substring(x.unitPath, length(:oldPrefix) + 1))"
			+ " where x.unitPath like concat(:oldPrefix, '%')")
	int moveUnitPaths(String oldPrefix, String newPrefix);

	Optional<SchoolInventory> findByYearAndUnitId(int year, long unitId);

}
