package io.edubureau.ethics;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EthicsCaseRepository extends JpaRepository<EthicsCase, Long> {

	List<EthicsCase> findByStaffIdOrderByReceivedOnDesc(Long staffId);

	List<EthicsCase> findAllByOrderByReceivedOnDescIdDesc();

}
