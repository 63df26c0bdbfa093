package io.edubureau.selfservice;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChangeRequestRepository extends JpaRepository<ChangeRequest, Long> {

	List<ChangeRequest> findByStaffIdOrderByIdDesc(Long staffId);

	Optional<ChangeRequest> findFirstByStaffIdAndStatusInOrderByIdDesc(Long staffId, Collection<ChangeStatus> statuses);

	// The scope is applied by staff (StaffManagement.visible): this module joins no staff
	// table.
	List<ChangeRequest> findByStatusOrderByUpdatedAt(ChangeStatus status);

}
