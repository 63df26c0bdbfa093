package io.edubureau.recruitment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PostAppointmentRepository
		extends JpaRepository<PostAppointment, Long>, JpaSpecificationExecutor<PostAppointment> {

	List<PostAppointment> findByStaffIdOrderByFromDateDesc(long staffId);

	List<PostAppointment> findByUnitIdAndToDateIsNull(long unitId);

	List<PostAppointment> findByUnitId(long unitId);

	@Modifying
	@Query("update PostAppointment x set x.unitPath = concat(:newPrefix, substring(x.unitPath, length(:oldPrefix) + 1))"
			+ " where x.unitPath like concat(:oldPrefix, '%')")
	int moveUnitPaths(String oldPrefix, String newPrefix);

}
