package io.edubureau.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TransferRequestRepository extends JpaRepository<TransferRequest, Long> {

	List<TransferRequest> findByStaffIdOrderByIdDesc(Long staffId);

	Optional<TransferRequest> findFirstByStaffIdAndStatus(Long staffId, TransferStatus status);

	@Query("select r from TransferRequest r, StaffMember s where s.id = r.staffId and r.status = :status"
			+ " and s.unitPath like concat(:prefix, '%') order by r.updatedAt, r.id")
	List<TransferRequest> queue(@Param("status") TransferStatus status, @Param("prefix") String prefix);

}
