package io.edubureau.cadres;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AppointmentRepository extends JpaRepository<Appointment, Long>, JpaSpecificationExecutor<Appointment> {

	List<Appointment> findByUnitIdInOrderByUnitIdAscStartDateDescIdDesc(Collection<Long> unitIds);

	List<Appointment> findAllByOrderByUnitIdAscStartDateDescIdDesc();

	List<Appointment> findByStaffIdOrderByStartDateDescIdDesc(Long staffId);

	List<Appointment> findByPostIdAndEndDateIsNull(Long postId);

	/** Appointments to posts of the kind held on the day at the units, latest first. */
	@Query("""
			select a from Appointment a, CadrePost p where p.id = a.postId and p.kind = :kind
			and a.unitId in :unitIds and a.startDate <= :on and (a.endDate is null or a.endDate >= :on)
			order by a.startDate desc, a.id desc""")
	List<Appointment> heldOn(PostKind kind, Collection<Long> unitIds, LocalDate on);

}
