package io.edubureau.retirement;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeathRecordRepository extends JpaRepository<DeathRecord, Long> {

	Optional<DeathRecord> findByStaffId(Long staffId);

}
