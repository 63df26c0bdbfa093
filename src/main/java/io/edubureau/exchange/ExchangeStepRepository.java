package io.edubureau.exchange;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExchangeStepRepository extends JpaRepository<PostingStep, Long> {

	List<PostingStep> findByPostingIdOrderByIdAsc(Long postingId);

}
