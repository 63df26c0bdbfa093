package io.edubureau.facilities;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ProjectStepRepository extends JpaRepository<ProjectStep, Long>, JpaSpecificationExecutor<ProjectStep> {

	List<ProjectStep> findByProjectIdOrderByIdAsc(long projectId);

}
