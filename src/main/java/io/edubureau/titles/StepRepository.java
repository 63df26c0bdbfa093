package io.edubureau.titles;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StepRepository extends JpaRepository<TitleStep, Long> {

	List<TitleStep> findByRoundIdAndApplicationIdIsNullOrderById(Long roundId);

	List<TitleStep> findByApplicationIdOrderById(Long applicationId);

}
