package io.edubureau.awards;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StudioMemberRepository extends JpaRepository<StudioMember, Long> {

	List<StudioMember> findByStudioIdOrderByJoinedOnAscIdAsc(Long studioId);

}
