package io.edubureau.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import io.edubureau.platform.Actor;
import io.edubureau.platform.JdbcRows;
import io.edubureau.platform.Masking;
import io.edubureau.sheet.ImportEntry;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail's public face: modules record their changes here, in the same
 * transaction as the change itself, so a change and its audit entry are written together
 * or not at all.
 */
@Service
public class AuditManagement {

	private static final TypeReference<List<Change>> CHANGES = new TypeReference<>() {
	};

	private final AuditEntryRepository entries;

	private final LoginEventRepository logins;

	private final JsonMapper json = JsonMapper.builder().build();

	private final EntityManager entityManager;

	AuditManagement(AuditEntryRepository entries, LoginEventRepository logins, EntityManager entityManager) {
		this.entries = entries;
		this.logins = logins;
		this.entityManager = entityManager;
	}

	/** Records a change to a record, masking identity numbers and phones. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditAction action, String entityType, Object entityId, String summary, List<Change> changes) {
		entries.save(new AuditEntry(Instant.now(), currentActor(), currentIp(), action, entityType,
				entityId == null ? null : entityId.toString(), abbreviate(summary, 500), changesJson(changes)));
	}

	/**
	 * Records a read of personal data (one person's file, a scan, a page of a list with
	 * the ids or the query in {@code details}): one row per request, in a transaction of
	 * its own so that read-only requests can write it. Identity numbers in the details
	 * are masked like those of changes.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordRead(String entityType, Object entityId, String summary, List<Change> details) {
		record(AuditAction.READ, entityType, entityId, summary, details);
	}

	/** One audited change of many recorded together by {@link #recordAll}. */
	public record Entry(Object entityId, String summary, List<Change> changes) {
	}

	/**
	 * The audit entry of a committed import for
	 * {@link io.edubureau.sheet.ImportContext#writeAllOrNothing}:
	 * {@link AuditAction#IMPORT} on {@code entityType}, with the file and each count as
	 * changes.
	 */
	public ImportEntry importEntry(String entityType) {
		return (summary, fields) -> record(AuditAction.IMPORT, entityType, null, summary,
				fields.entrySet().stream().map(f -> new Change(f.getKey(), null, f.getValue())).toList());
	}

	/**
	 * Records one entry per changed record, exactly as {@link #record} would, written in
	 * JDBC batches: for bulk changes (an import of many thousand people), where
	 * persisting each entry as an entity costs more than the change itself.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAll(AuditAction action, String entityType, List<Entry> records) {
		if (records.isEmpty()) {
			return;
		}
		Instant at = Instant.now();
		String actor = currentActor();
		String ip = currentIp();
		long[] ids = JdbcRows.ids(entityManager, AuditEntry.class, "audit_entry_seq", records.size());
		JdbcRows.insert(entityManager, "audit_entry", COLUMNS, records.size(), i -> {
			Entry e = records.get(i);
			return new Object[] { ids[i], at, actor, ip, action, entityType,
					e.entityId() == null ? null : e.entityId().toString(), abbreviate(e.summary(), 500),
					changesJson(e.changes()) };
		});
	}

	private static final String[] COLUMNS = { "id", "occurred_at", "actor", "ip", "action", "entity_type", "entity_id",
			"summary", "changes" };

	private String changesJson(List<Change> changes) {
		List<Change> masked = changes.stream()
			.map(c -> new Change(c.field(), Masking.field(c.field(), c.before()), Masking.field(c.field(), c.after())))
			.toList();
		return masked.isEmpty() ? null : json.writeValueAsString(masked);
	}

	/**
	 * Records a sign-in attempt in its own transaction, so a failed sign-in is still
	 * logged.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordLogin(String username, LoginOutcome outcome, String detail) {
		logins.save(new LoginEvent(Instant.now(), abbreviate(username == null ? "" : username, 64), currentIp(),
				outcome, abbreviate(detail, 200)));
	}

	@Transactional(readOnly = true)
	public Page<AuditEntryView> search(AuditQuery query, Pageable pageable) {
		Pageable newestFirst = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
				Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")));
		return entries.findAll(matching(query), newestFirst).map(this::toView);
	}

	@Transactional(readOnly = true)
	public Page<LoginEventView> logins(String username, Pageable pageable) {
		Page<LoginEvent> page = username == null || username.isBlank() ? logins.findAllByOrderByOccurredAtDesc(pageable)
				: logins.findByUsernameOrderByOccurredAtDesc(username.strip(), pageable);
		return page.map(LoginEvent::toView);
	}

	/** The entity types the trail holds so far, for the filter's suggestions. */
	@Transactional(readOnly = true)
	public List<String> entityTypes() {
		return entries.entityTypes();
	}

	private AuditEntryView toView(AuditEntry e) {
		List<Change> changes = e.getChanges() == null ? List.of() : json.readValue(e.getChanges(), CHANGES);
		return new AuditEntryView(e.getId(), e.getOccurredAt(), e.getActor(), e.getIp(), e.getAction(),
				e.getEntityType(), e.getEntityId(), e.getSummary(), changes);
	}

	private static Specification<AuditEntry> matching(AuditQuery q) {
		return (root, cq, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (q.actor() != null && !q.actor().isBlank()) {
				where.add(cb.equal(root.get("actor"), q.actor().strip()));
			}
			if (q.entityType() != null && !q.entityType().isBlank()) {
				where.add(cb.equal(root.get("entityType"), q.entityType().strip()));
			}
			if (q.entityId() != null && !q.entityId().isBlank()) {
				where.add(cb.equal(root.get("entityId"), q.entityId().strip()));
			}
			if (q.action() != null) {
				where.add(cb.equal(root.get("action"), q.action()));
			}
			if (q.kind() == AuditQuery.Kind.READS) {
				where.add(cb.equal(root.get("action"), AuditAction.READ));
			}
			else if (q.kind() == AuditQuery.Kind.CHANGES) {
				where.add(cb.notEqual(root.get("action"), AuditAction.READ));
			}
			ZoneId zone = ZoneId.systemDefault();
			if (q.from() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), q.from().atStartOfDay(zone).toInstant()));
			}
			if (q.to() != null) {
				where.add(cb.lessThan(root.get("occurredAt"), q.to().plusDays(1).atStartOfDay(zone).toInstant()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private static String currentActor() {
		return abbreviate(Actor.current(), 64);
	}

	private static String currentIp() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String abbreviate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}

}
