package io.edubureau.establishment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.edubureau.staff.PostCategory;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApprovedEstablishmentRepository extends JpaRepository<ApprovedEstablishment, Long> {

	List<ApprovedEstablishment> findByUnitIdIn(Collection<Long> unitIds);

	List<ApprovedEstablishment> findByUnitId(Long unitId);

	Optional<ApprovedEstablishment> findByUnitIdAndPostCategory(Long unitId, PostCategory postCategory);

}
