package io.edubureau.awards;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MentoringPairRepository extends JpaRepository<MentoringPair, Long> {

	List<MentoringPair> findAllByOrderByStartOnDescIdDesc();

	List<MentoringPair> findByMenteeStaffId(Long menteeStaffId);

}
