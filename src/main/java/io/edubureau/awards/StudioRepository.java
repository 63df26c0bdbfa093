package io.edubureau.awards;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface StudioRepository extends JpaRepository<Studio, Long>, JpaSpecificationExecutor<Studio> {

	List<Studio> findAllByOrderByOpenedOnDescIdDesc();

}
