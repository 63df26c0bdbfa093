package io.edubureau.party;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MembershipTransferRepository
		extends JpaRepository<MembershipTransfer, Long>, JpaSpecificationExecutor<MembershipTransfer> {

	@Modifying
	@Query("update MembershipTransfer x set x.fromUnitPath = concat(:newPrefix, substring(x.fromUnitPath, length(:oldPrefix) + 1))"
			+ " where x.fromUnitPath like concat(:oldPrefix, '%')")
	int moveFromPaths(String oldPrefix, String newPrefix);

	@Modifying
	@Query("update MembershipTransfer x set x.toUnitPath = concat(:newPrefix, substring(x.toUnitPath, length(:oldPrefix) + 1))"
			+ " where x.toUnitPath like concat(:oldPrefix, '%')")
	int moveToPaths(String oldPrefix, String newPrefix);

}
