package io.edubureau.recruitment;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RecruitmentRoundRepository extends JpaRepository<RecruitmentRound, Long> {

	List<RecruitmentRound> findByOwnerUnitIdInOrderByYearDescIdDesc(Collection<Long> owners);

	List<RecruitmentRound> findAllByOrderByYearDescIdDesc();

	List<RecruitmentRound> findByStatusOrderByYearDescIdDesc(RoundStatus status);

}
