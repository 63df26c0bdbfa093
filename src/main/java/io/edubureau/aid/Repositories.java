package io.edubureau.aid;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.edubureau.org.Stage;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AidProgrammeRepository extends JpaRepository<AidProgramme, String> {

	List<AidProgramme> findAllByOrderByLocalAscCodeAsc();

}

interface AidStandardRepository extends JpaRepository<AidStandard, Long> {

	Optional<AidStandard> findFirstByProgrammeCodeAndStageAndTierAndEffectiveFromLessThanEqualOrderByEffectiveFromDescIdDesc(
			String programmeCode, Stage stage, String tier, LocalDate on);

	List<AidStandard> findAllByOrderByProgrammeCodeAscStageAscTierAscEffectiveFromDesc();

}

interface AidApplicationRepository
		extends JpaRepository<AidApplication, Long>, JpaSpecificationExecutor<AidApplication> {

	Optional<AidApplication> findByGrantKey(String grantKey);

	List<AidApplication> findByStudentIdOrderByIdAsc(long studentId);

	@Modifying
	@Query("update AidApplication x set x.unitPath = concat(:newPrefix, substring(x.unitPath, length(:oldPrefix) + 1))"
			+ " where x.unitPath like concat(:oldPrefix, '%')")
	int moveUnitPaths(String oldPrefix, String newPrefix);

}

interface AidStepRepository extends JpaRepository<AidStep, Long> {

	List<AidStep> findByApplicationIdOrderByIdAsc(long applicationId);

}

interface AidBatchRepository extends JpaRepository<PaymentBatch, Long>, JpaSpecificationExecutor<PaymentBatch> {

	@Modifying
	@Query("update PaymentBatch x set x.ownerPath = concat(:newPrefix, substring(x.ownerPath, length(:oldPrefix) + 1))"
			+ " where x.ownerPath like concat(:oldPrefix, '%')")
	int moveUnitPaths(String oldPrefix, String newPrefix);

}

interface AidReversalRepository extends JpaRepository<AidReversal, Long> {

}
