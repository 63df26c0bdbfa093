package io.edubureau.titles;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface VoteRepository extends JpaRepository<PanelVote, Long> {

	List<PanelVote> findByApplicationId(Long applicationId);

}
