package io.edubureau.awards;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StudioRepository extends JpaRepository<Studio, Long> {

	List<Studio> findAllByOrderByOpenedOnDescIdDesc();

}
