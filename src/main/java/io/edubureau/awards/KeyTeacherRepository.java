package io.edubureau.awards;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface KeyTeacherRepository extends JpaRepository<KeyTeacher, Long>, JpaSpecificationExecutor<KeyTeacher> {

	List<KeyTeacher> findByStaffIdOrderByStartOnAscIdAsc(Long staffId);

	List<KeyTeacher> findByPreviousId(Long previousId);

	List<KeyTeacher> findByStaffIdIn(Collection<Long> staffIds);

	/**
	 * The designations in force whose unit is not the person's any more may be among
	 * these.
	 */
	@Query("select k from KeyTeacher k where k.endOn >= :day")
	List<KeyTeacher> notEndedBefore(LocalDate day);

	/** The designations whose term overlaps the two days (the figures' year). */
	@Query("select k from KeyTeacher k where k.startOn <= :to and k.endOn >= :from order by k.unitId, k.staffName, k.id")
	List<KeyTeacher> overlapping(LocalDate from, LocalDate to);

	/** The people whose flags may change by the calendar on the day. */
	@Query("select distinct k.staffId from KeyTeacher k where k.startOn = :day or k.endOn = :dayBefore or k.decidedOn = :day")
	List<Long> turningOn(LocalDate day, LocalDate dayBefore);

}
