package io.edubureau.training;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingCertificateRepository extends JpaRepository<TrainingCertificate, Long> {

	Optional<TrainingCertificate> findFirstByRecordIdAndArchivedFalseOrderByIdDesc(long recordId);

	List<TrainingCertificate> findByRecordIdInAndArchivedFalse(Collection<Long> recordIds);

}
