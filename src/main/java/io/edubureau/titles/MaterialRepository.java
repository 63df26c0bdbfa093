package io.edubureau.titles;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MaterialRepository extends JpaRepository<ApplicationMaterial, Long> {

	List<ApplicationMaterial> findByApplicationId(Long applicationId);

}
