package io.edubureau.ethics;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface EthicsCaseRepository extends JpaRepository<EthicsCase, Long>, JpaSpecificationExecutor<EthicsCase> {

	List<EthicsCase> findByStaffIdOrderByReceivedOnDesc(Long staffId);

	List<EthicsCase> findAllByOrderByReceivedOnDescIdDesc();

}
