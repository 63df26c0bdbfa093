package io.edubureau.awards;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AwardRoundRepository extends JpaRepository<AwardRound, Long> {

	List<AwardRound> findAllByOrderByYearDescIdDesc();

}
