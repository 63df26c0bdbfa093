package io.edubureau.party;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BranchElectionRepository
		extends JpaRepository<BranchElection, Long>, JpaSpecificationExecutor<BranchElection> {

	Optional<BranchElection> findByPreviousId(long previousId);

	@Modifying
	@Query("update BranchElection x set x.unitPath = concat(:newPrefix, substring(x.unitPath, length(:oldPrefix) + 1))"
			+ " where x.unitPath like concat(:oldPrefix, '%')")
	int moveUnitPaths(String oldPrefix, String newPrefix);

}
