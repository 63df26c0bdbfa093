package io.edubureau.titles;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MemberRepository extends JpaRepository<PanelMember, Long> {

	List<PanelMember> findByRoundIdOrderByName(Long roundId);

}
