package io.edubureau.cadres;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ReserveRepository extends JpaRepository<Reserve, Long>, JpaSpecificationExecutor<Reserve> {

	List<Reserve> findByActiveTrueAndUnitIdInOrderByUnitIdAscIdAsc(Collection<Long> unitIds);

	List<Reserve> findByActiveTrueOrderByUnitIdAscIdAsc();

}
