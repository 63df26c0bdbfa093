package io.edubureau.staff;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ChangeRequestRepository extends JpaRepository<ChangeRequest, Long> {

	List<ChangeRequest> findByStaffIdOrderByIdDesc(Long staffId);

	Optional<ChangeRequest> findFirstByStaffIdAndStatusInOrderByIdDesc(Long staffId, Collection<ChangeStatus> statuses);

	@Query("select r from ChangeRequest r, StaffMember s where s.id = r.staffId and r.status = :status"
			+ " and s.unitPath like concat(:prefix, '%') order by r.updatedAt")
	List<ChangeRequest> queue(@Param("status") ChangeStatus status, @Param("prefix") String prefix);

}
