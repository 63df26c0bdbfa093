package io.edubureau.facilities;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PaymentRepository extends JpaRepository<ProjectPayment, Long>, JpaSpecificationExecutor<ProjectPayment> {

	List<ProjectPayment> findByProjectIdOrderByPaidOnAscIdAsc(long projectId);

}
