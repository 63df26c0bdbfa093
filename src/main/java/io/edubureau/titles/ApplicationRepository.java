package io.edubureau.titles;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ApplicationRepository
		extends JpaRepository<TitleApplication, Long>, JpaSpecificationExecutor<TitleApplication> {

	List<TitleApplication> findByRoundIdOrderById(Long roundId);

	Optional<TitleApplication> findByRoundIdAndStaffId(Long roundId, Long staffId);

	List<TitleApplication> findByStaffIdOrderById(Long staffId);

	List<TitleApplication> findByRoundIdInOrderByUnitIdAscIdAsc(java.util.Collection<Long> roundIds);

}
