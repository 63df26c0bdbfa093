package io.edubureau.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RetirementRequestRepository extends JpaRepository<RetirementRequest, Long> {

	List<RetirementRequest> findByStaffIdOrderByIdDesc(Long staffId);

	Optional<RetirementRequest> findFirstByOpenStaffId(Long staffId);

	List<RetirementRequest> findByStaffIdInAndStatusInOrderByIdAsc(List<Long> staffIds,
			List<RetirementStatus> statuses);

	@Query("select r from RetirementRequest r, StaffMember s where s.id = r.staffId and r.status = :status"
			+ " and s.unitPath like concat(:prefix, '%') order by r.updatedAt, r.id")
	List<RetirementRequest> queue(@Param("status") RetirementStatus status, @Param("prefix") String prefix);

	@Query("select r from RetirementRequest r, StaffMember s where s.id = r.staffId"
			+ " and s.status = io.edubureau.staff.StaffStatus.ACTIVE"
			+ " and r.status = io.edubureau.staff.RetirementStatus.APPROVED"
			+ " and r.appliedAt is null and r.retireOn <= :today order by r.retireOn, r.id")
	List<RetirementRequest> dueToApply(@Param("today") LocalDate today);

}
