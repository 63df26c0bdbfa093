package io.edubureau.cadres;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReserveRepository extends JpaRepository<Reserve, Long> {

	List<Reserve> findByActiveTrueAndUnitIdInOrderByUnitIdAscIdAsc(Collection<Long> unitIds);

	List<Reserve> findByActiveTrueOrderByUnitIdAscIdAsc();

}
