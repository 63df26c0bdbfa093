package io.edubureau.registration;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegistrationCycleRepository extends JpaRepository<RegistrationCycle, Long> {

	List<RegistrationCycle> findAllByOrderByDueDateDescIdDesc();

}
