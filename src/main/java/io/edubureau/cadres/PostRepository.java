package io.edubureau.cadres;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PostRepository extends JpaRepository<CadrePost, Long> {

	List<CadrePost> findByUnitIdInOrderByUnitIdAscKindAscIdAsc(Collection<Long> unitIds);

	List<CadrePost> findAllByOrderByUnitIdAscKindAscIdAsc();

}
