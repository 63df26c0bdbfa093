package io.edubureau.recruitment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecruitmentApplicationRepository
		extends JpaRepository<RecruitmentApplication, Long>, JpaSpecificationExecutor<RecruitmentApplication> {

	List<RecruitmentApplication> findByPositionIdOrderByIdAsc(long positionId);

	Optional<RecruitmentApplication> findByRoundIdAndIdNumber(long roundId, String idNumber);

	@Modifying
	@Query("update RecruitmentApplication x set x.unitPath = concat(:newPrefix, substring(x.unitPath, length(:oldPrefix) + 1))"
			+ " where x.unitPath like concat(:oldPrefix, '%')")
	int moveUnitPaths(String oldPrefix, String newPrefix);

}
