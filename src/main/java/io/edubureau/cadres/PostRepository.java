package io.edubureau.cadres;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PostRepository extends JpaRepository<CadrePost, Long>, JpaSpecificationExecutor<CadrePost> {

	List<CadrePost> findByUnitIdInOrderByUnitIdAscKindAscIdAsc(Collection<Long> unitIds);

	List<CadrePost> findAllByOrderByUnitIdAscKindAscIdAsc();

}
