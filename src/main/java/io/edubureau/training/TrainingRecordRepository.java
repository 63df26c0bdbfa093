package io.edubureau.training;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface TrainingRecordRepository
		extends JpaRepository<TrainingRecord, Long>, JpaSpecificationExecutor<TrainingRecord> {

	Optional<TrainingRecord> findByProgrammeIdAndStaffId(long programmeId, long staffId);

	long countByProgrammeId(long programmeId);

	List<TrainingRecord> findByProgrammeIdOrderByStaffNameAscIdAsc(long programmeId);

	// Records not yet completed first on every database (MariaDB sorts nulls last by
	// default).
	@org.springframework.data.jpa.repository.Query("select r from TrainingRecord r where r.staffId = :staffId order by r.completedOn desc nulls first, r.id desc")
	List<TrainingRecord> findByStaffIdOrderByCompletedOnDescIdDesc(long staffId);

	List<TrainingRecord> findByStatusOrderByUpdatedAtAscIdAsc(TrainingStatus status);

	/** Credited hours per person, level and category in a period: one grouped query. */
	@Query("""
			select r.staffId, p.level, p.category, sum(r.hours) from TrainingRecord r join r.programme p
			where r.status = io.edubureau.training.TrainingStatus.CREDITED and r.staffId in :staffIds
			and r.completedOn between :from and :to
			group by r.staffId, p.level, p.category""")
	List<Object[]> creditedHours(Collection<Long> staffIds, LocalDate from, LocalDate to);

	/** Credited records of these people completed in a period, for the ledger rule. */
	@Query("""
			select r.staffId, p.level, p.category, r.hours, r.completedOn from TrainingRecord r join r.programme p
			where r.status = io.edubureau.training.TrainingStatus.CREDITED and r.staffId in :staffIds
			and r.completedOn between :from and :to""")
	List<Object[]> credited(Collection<Long> staffIds, LocalDate from, LocalDate to);

	/** Credited hours of these people in a period, summed in the database. */
	@Query("""
			select sum(r.hours) from TrainingRecord r
			where r.status = io.edubureau.training.TrainingStatus.CREDITED and r.staffId in :staffIds
			and r.completedOn between :from and :to""")
	Long creditedTotal(Collection<Long> staffIds, LocalDate from, LocalDate to);

	@Query("""
			select distinct r.staffId from TrainingRecord r
			where r.status = io.edubureau.training.TrainingStatus.CREDITED and r.completedOn between :from and :to""")
	List<Long> creditedPeople(LocalDate from, LocalDate to);

	@Query("""
			select r from TrainingRecord r join fetch r.programme
			where r.status = io.edubureau.training.TrainingStatus.CREDITED and r.completedOn between :from and :to
			order by r.completedOn, r.id""")
	List<TrainingRecord> findCreditedBetween(LocalDate from, LocalDate to);

}
