package io.edubureau.pay;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PayBackBatchRepository extends JpaRepository<PayBackBatch, Long> {

	List<PayBackBatch> findByOwnerUnitIdAndState(long ownerUnitId, PayBackBatch.State state);

	List<PayBackBatch> findAllByOrderByIdDesc();

}
