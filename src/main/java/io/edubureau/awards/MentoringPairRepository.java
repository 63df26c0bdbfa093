package io.edubureau.awards;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface MentoringPairRepository extends JpaRepository<MentoringPair, Long>, JpaSpecificationExecutor<MentoringPair> {

	List<MentoringPair> findAllByOrderByStartOnDescIdDesc();

	List<MentoringPair> findByMenteeStaffId(Long menteeStaffId);

}
