package io.edubureau.staff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.platform.Masking;

import org.springframework.stereotype.Component;

/**
 * Writes reads of personal data to the audit trail (action READ): one entry per request,
 * naming the person, or for a list the query and the ids on the page, never one per row.
 */
@Component
class StaffReads {

	private final AuditManagement audit;

	StaffReads(AuditManagement audit) {
		this.audit = audit;
	}

	/** One person's file, or a part of it, was read. */
	void person(long id, String name, String what) {
		audit.recordRead(StaffManagement.ENTITY, id, name == null ? what : name + " · " + what, List.of());
	}

	/** A scan or other file material of one person was downloaded. */
	void material(long id, long materialId, String fileName) {
		audit.recordRead(StaffManagement.ENTITY, id, "material " + materialId,
				List.of(new Change("material", null, materialId + " " + (fileName == null ? "" : fileName))));
	}

	/** A page of a staff list: the query asked and the ids shown. */
	void list(String what, Map<String, Object> query, List<Long> ids, long total) {
		Map<String, Object> asked = new LinkedHashMap<>();
		query.forEach((k, v) -> {
			if (v != null && !v.toString().isBlank()) {
				asked.put(k, "idNumber".equals(k) ? Masking.idNumber(v.toString().strip()) : v);
			}
		});
		String text = asked.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining("&"));
		audit.recordRead(StaffManagement.ENTITY, null, what + ": " + ids.size() + " of " + total,
				List.of(new Change("query", null, text),
						new Change("ids", null, ids.stream().map(String::valueOf).collect(Collectors.joining(",")))));
	}

	static Map<String, Object> query(String name, String idNumber, String unit, Object stage, String subject,
			Object title, Object employmentType, Object status, Integer ageFrom, Integer ageTo, int page, int size,
			String sort) {
		Map<String, Object> q = new LinkedHashMap<>();
		q.put("name", name);
		q.put("idNumber", idNumber);
		q.put("unit", unit);
		q.put("stage", stage);
		q.put("subject", subject);
		q.put("title", title);
		q.put("employmentType", employmentType);
		q.put("status", status);
		q.put("ageFrom", ageFrom);
		q.put("ageTo", ageTo);
		q.put("page", page);
		q.put("size", size);
		q.put("sort", sort);
		return q;
	}

}
