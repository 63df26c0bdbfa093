package io.edubureau.titles;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RatioRepository extends JpaRepository<PostRatio, Long> {

	List<PostRatio> findByRoundId(Long roundId);

}
