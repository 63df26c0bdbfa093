package io.edubureau.selfservice;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ChangeRequestRepository extends JpaRepository<ChangeRequest, Long>, JpaSpecificationExecutor<ChangeRequest> {

	List<ChangeRequest> findByStaffIdOrderByIdDesc(Long staffId);

	Optional<ChangeRequest> findFirstByStaffIdAndStatusInOrderByIdDesc(Long staffId, Collection<ChangeStatus> statuses);

}
