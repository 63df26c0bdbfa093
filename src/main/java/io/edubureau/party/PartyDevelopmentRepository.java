package io.edubureau.party;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PartyDevelopmentRepository
		extends JpaRepository<PartyDevelopment, Long>, JpaSpecificationExecutor<PartyDevelopment> {

	@Modifying
	@Query("update PartyDevelopment x set x.unitPath = concat(:newPrefix, substring(x.unitPath, length(:oldPrefix) + 1))"
			+ " where x.unitPath like concat(:oldPrefix, '%')")
	int moveUnitPaths(String oldPrefix, String newPrefix);

	java.util.List<PartyDevelopment> findByStaffId(Long staffId);

}
