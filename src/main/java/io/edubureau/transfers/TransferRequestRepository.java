package io.edubureau.transfers;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface TransferRequestRepository
		extends JpaRepository<TransferRequest, Long>, JpaSpecificationExecutor<TransferRequest> {

	List<TransferRequest> findByStaffIdOrderByIdDesc(Long staffId);

	Optional<TransferRequest> findFirstByStaffIdAndStatus(Long staffId, TransferStatus status);

}
