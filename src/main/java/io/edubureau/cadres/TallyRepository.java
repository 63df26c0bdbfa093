package io.edubureau.cadres;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TallyRepository extends JpaRepository<Tally, Long> {

	Optional<Tally> findByRoundIdAndAppointmentId(Long roundId, Long appointmentId);

	List<Tally> findByRoundId(Long roundId);

	/** Every tally of a person, the years of earlier rounds included. */
	List<Tally> findByStaffIdOrderByYearAscEnteredAtAsc(Long staffId);

	List<Tally> findByYearBetween(int from, int to);

	List<Tally> findByYearBetweenAndUnitIdIn(int from, int to, Collection<Long> unitIds);

}
