package io.edubureau.recruitment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppointmentCandidateRepository extends JpaRepository<AppointmentCandidate, Long> {

	List<AppointmentCandidate> findByRoundIdOrderByIdAsc(long roundId);

	Optional<AppointmentCandidate> findByRoundIdAndStaffId(long roundId, long staffId);

}
