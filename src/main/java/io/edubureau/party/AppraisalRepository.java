package io.edubureau.party;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AppraisalRepository extends JpaRepository<MemberAppraisal, Long>, JpaSpecificationExecutor<MemberAppraisal> {

	Optional<MemberAppraisal> findByStaffIdAndYear(long staffId, int year);

	@Modifying
	@Query("update MemberAppraisal x set x.unitPath = concat(:newPrefix, substring(x.unitPath, length(:oldPrefix) + 1))"
			+ " where x.unitPath like concat(:oldPrefix, '%')")
	int moveUnitPaths(String oldPrefix, String newPrefix);

}
