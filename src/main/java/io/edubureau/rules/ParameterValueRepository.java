package io.edubureau.rules;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParameterValueRepository extends JpaRepository<ParameterValue, Long> {

	List<ParameterValue> findByParameterKeyOrderByEffectiveFromDescIdDesc(String parameterKey);

	List<ParameterValue> findAllByOrderByEffectiveFromDescIdDesc();

}
