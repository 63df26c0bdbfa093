package io.edubureau.exchange;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StepRepository extends JpaRepository<PostingStep, Long> {

	List<PostingStep> findByPostingIdOrderByIdAsc(Long postingId);

}
