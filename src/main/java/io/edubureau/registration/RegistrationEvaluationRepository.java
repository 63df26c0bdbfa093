package io.edubureau.registration;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface RegistrationEvaluationRepository
		extends JpaRepository<RegistrationEvaluation, Long>, JpaSpecificationExecutor<RegistrationEvaluation> {

	Optional<RegistrationEvaluation> findByCycleIdAndStaffId(Long cycleId, Long staffId);

	List<RegistrationEvaluation> findByCycleIdOrderByStaffNameAscIdAsc(Long cycleId);

	List<RegistrationEvaluation> findByStaffIdOrderByIdDesc(Long staffId);

	long countByCycleIdAndStatus(Long cycleId, EvaluationStatus status);

	/** Confirmed evaluations of these people, oldest confirmation first. */
	@Query("""
			select e from RegistrationEvaluation e where e.status = io.edubureau.registration.EvaluationStatus.CONFIRMED
			and e.staffId in :staffIds order by e.confirmedOn, e.id""")
	List<RegistrationEvaluation> confirmedOf(Collection<Long> staffIds);

	/** Evaluations confirmed in a period, for the figure book. */
	@Query("""
			select e from RegistrationEvaluation e where e.status = io.edubureau.registration.EvaluationStatus.CONFIRMED
			and e.confirmedOn between :from and :to order by e.confirmedOn, e.id""")
	List<RegistrationEvaluation> confirmedBetween(LocalDate from, LocalDate to);

	/** Person and outcome of the evaluations confirmed in a period, for counting. */
	@Query("""
			select e.staffId, e.outcome from RegistrationEvaluation e
			where e.status = io.edubureau.registration.EvaluationStatus.CONFIRMED and e.confirmedOn between :from and :to""")
	List<Object[]> confirmedOutcomesBetween(LocalDate from, LocalDate to);

}
