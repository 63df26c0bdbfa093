package io.edubureau.cadres;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ElectionRepository extends JpaRepository<Election, Long>, JpaSpecificationExecutor<Election> {

	List<Election> findByUnitIdInOrderByElectionDayDescIdDesc(Collection<Long> unitIds);

	List<Election> findAllByOrderByElectionDayDescIdDesc();

	Optional<Election> findFirstByPreviousId(Long previousId);

}
