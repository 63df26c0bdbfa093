package io.edubureau.titles;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ObjectionRepository extends JpaRepository<Objection, Long> {

	List<Objection> findByApplicationIdOrderById(Long applicationId);

}
