package io.edubureau.cadres;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AppointmentRepository extends JpaRepository<Appointment, Long>, JpaSpecificationExecutor<Appointment> {

	List<Appointment> findByUnitIdInOrderByUnitIdAscStartDateDescIdDesc(Collection<Long> unitIds);

	List<Appointment> findAllByOrderByUnitIdAscStartDateDescIdDesc();

	List<Appointment> findByStaffIdOrderByStartDateDescIdDesc(Long staffId);

	List<Appointment> findByPostIdAndEndDateIsNull(Long postId);

}
