package io.edubureau.audit;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

// Deliberately a bare Repository: there is no update or delete method to call.
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

	AuditEntry save(AuditEntry entry);

	Page<AuditEntry> findAll(Specification<AuditEntry> spec, Pageable pageable);

	long count();

	@Query("select distinct e.entityType from AuditEntry e order by e.entityType")
	List<String> entityTypes();

}
