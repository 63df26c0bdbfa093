package io.edubureau.titles;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationRepository extends JpaRepository<TitleApplication, Long> {

	List<TitleApplication> findByRoundIdOrderById(Long roundId);

	Optional<TitleApplication> findByRoundIdAndStaffId(Long roundId, Long staffId);

	List<TitleApplication> findByStaffIdOrderById(Long staffId);

	List<TitleApplication> findByRoundIdInOrderByUnitIdAscIdAsc(java.util.Collection<Long> roundIds);

}
