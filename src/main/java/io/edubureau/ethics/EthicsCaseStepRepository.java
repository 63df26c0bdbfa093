package io.edubureau.ethics;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EthicsCaseStepRepository extends JpaRepository<CaseStep, Long> {

	List<CaseStep> findByCaseIdOrderByIdAsc(Long caseId);

}
