package io.edubureau.facilities;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository
		extends JpaRepository<ConstructionProject, Long>, JpaSpecificationExecutor<ConstructionProject> {

	@Modifying
	@Query("update ConstructionProject x set x.unitPath = concat(:newPrefix, substring(x.unitPath, length(:oldPrefix) + 1))"
			+ " where x.unitPath like concat(:oldPrefix, '%')")
	int moveUnitPaths(String oldPrefix, String newPrefix);

	@Modifying
	@Query("update ProjectPayment x set x.unitPath = concat(:newPrefix, substring(x.unitPath, length(:oldPrefix) + 1))"
			+ " where x.unitPath like concat(:oldPrefix, '%')")
	int movePaymentPaths(String oldPrefix, String newPrefix);

}
