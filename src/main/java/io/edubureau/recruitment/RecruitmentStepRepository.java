package io.edubureau.recruitment;

import java.util.List;

import org.springframework.data.repository.Repository;

// Append-only: history rows are never changed or removed.
interface RecruitmentStepRepository extends Repository<RecruitmentStep, Long> {

	RecruitmentStep save(RecruitmentStep step);

	List<RecruitmentStep> findBySubjectKindAndSubjectIdOrderByIdAsc(String subjectKind, long subjectId);

}
