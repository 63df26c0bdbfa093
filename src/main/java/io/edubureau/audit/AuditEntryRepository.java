package io.edubureau.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.repository.Repository;

// Deliberately a bare Repository: there is no update or delete method to call.
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

	AuditEntry save(AuditEntry entry);

	Page<AuditEntry> findAll(Specification<AuditEntry> spec, Pageable pageable);

	long count();

}
