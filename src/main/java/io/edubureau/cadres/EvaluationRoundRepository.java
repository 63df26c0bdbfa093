package io.edubureau.cadres;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationRoundRepository extends JpaRepository<EvaluationRound, Long> {

	List<EvaluationRound> findAllByOrderByYearDescIdDesc();

}
