package io.edubureau.awards;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface KeyTeacherStepRepository extends JpaRepository<KeyTeacherStep, Long> {

	List<KeyTeacherStep> findByKeyTeacherIdOrderByIdAsc(Long keyTeacherId);

}
