package io.edubureau.retirement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RetirementRequestRepository
		extends JpaRepository<RetirementRequest, Long>, JpaSpecificationExecutor<RetirementRequest> {

	List<RetirementRequest> findByStaffIdOrderByIdDesc(Long staffId);

	Optional<RetirementRequest> findFirstByOpenStaffId(Long staffId);

	List<RetirementRequest> findByStaffIdInAndStatusInOrderByIdAsc(List<Long> staffIds,
			List<RetirementStatus> statuses);

	List<RetirementRequest> findByStatusOrderByUpdatedAtAscIdAsc(RetirementStatus status);

	// The person's being still active is checked through StaffManagement (staff's table
	// is staff's).
	@Query("select r from RetirementRequest r where r.status = io.edubureau.retirement.RetirementStatus.APPROVED"
			+ " and r.appliedAt is null and r.retireOn <= :today order by r.retireOn, r.id")
	List<RetirementRequest> dueToApply(@Param("today") LocalDate today);

	/** Approved proposals applied (the person retired) with a date between the two. */
	@Query("select r from RetirementRequest r where r.status = io.edubureau.retirement.RetirementStatus.APPROVED"
			+ " and r.appliedAt is not null and r.retireOn >= :from and r.retireOn <= :to order by r.retireOn, r.id")
	List<RetirementRequest> retiredBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

}
