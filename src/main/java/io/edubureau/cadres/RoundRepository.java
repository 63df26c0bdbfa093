package io.edubureau.cadres;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoundRepository extends JpaRepository<EvaluationRound, Long> {

	List<EvaluationRound> findAllByOrderByYearDescIdDesc();

}
