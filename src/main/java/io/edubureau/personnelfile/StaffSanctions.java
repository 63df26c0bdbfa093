package io.edubureau.personnelfile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.platform.Actor;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.rules.RulesManagement;
import io.edubureau.staff.StaffView;

import org.springframework.stereotype.Component;

/**
 * The sanctions section of the personnel file (处分, policy rules §7): the bureau records a
 * decision, its period is computed from the kind's months in force on the decision date,
 * and a revocation ends it early. Callers have found the person in their scope.
 */
@Component
class StaffSanctions {

	private static final String ENTITY = "staff.sanction";

	private final SanctionRepository sanctions;

	private final RulesManagement rules;

	private final AuditManagement audit;

	StaffSanctions(SanctionRepository sanctions, RulesManagement rules, AuditManagement audit) {
		this.sanctions = sanctions;
		this.rules = rules;
		this.audit = audit;
	}

	List<SanctionRecord> of(long staffId) {
		return sanctions.findByStaffIdOrderByDecidedOnAscIdAsc(staffId).stream().map(StaffSanction::toRecord).toList();
	}

	Map<Long, List<SanctionRecord>> of(Collection<Long> staffIds) {
		Map<Long, List<SanctionRecord>> found = new LinkedHashMap<>();
		staffIds.forEach(id -> found.put(id, new ArrayList<>()));
		List<Long> ids = List.copyOf(found.keySet());
		// IN-lists in pieces of 500, as for the file's other categories.
		for (int i = 0; i < ids.size(); i += 500) {
			sanctions.findByStaffIdInOrderByDecidedOnAscIdAsc(ids.subList(i, Math.min(ids.size(), i + 500)))
				.forEach(s -> found.get(s.getStaffId()).add(s.toRecord()));
		}
		return found;
	}

	SanctionRecord record(StaffView m, SanctionForm form, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		if (form == null) {
			throw new Rejection("kind", "staffFile.required");
		}
		if (form.kind() == null) {
			problems.add(new Problem("kind", "staffFile.required"));
		}
		if (form.decidedOn() == null) {
			problems.add(new Problem("decidedOn", "staffFile.required"));
		}
		else if (form.decidedOn().isAfter(today)) {
			problems.add(new Problem("decidedOn", "staff.date.future", form.decidedOn()));
		}
		else if (form.decidedOn().isBefore(m.birthDate())) {
			problems.add(new Problem("decidedOn", "staff.date.beforeBirth", form.decidedOn(), m.birthDate()));
		}
		text(problems, "decidedBy", form.decidedBy(), 100, true);
		text(problems, "reason", form.reason(), 500, true);
		text(problems, "documentNumber", form.documentNumber(), 60, false);
		Integer months = null;
		if (form.kind() != null && form.kind().period() != null && form.decidedOn() != null) {
			months = rules.parameter(form.kind().period(), form.decidedOn()).intValue();
			if (form.months() != null) {
				// Only a disqualification's period is decided case by case (不得少于24个月).
				if (form.kind() != SanctionKind.DISQUALIFICATION) {
					problems.add(new Problem("months", "sanction.months.fixed", String.valueOf(months)));
				}
				else if (form.months() < months || form.months() > 120) {
					problems.add(new Problem("months", "sanction.months.range", String.valueOf(form.months()),
							String.valueOf(months), "120"));
				}
				else {
					months = form.months();
				}
			}
		}
		else if (form.months() != null && form.kind() != null) {
			problems.add(new Problem("months", "sanction.months.none"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		SanctionForm clean = new SanctionForm(form.kind(), form.decidedOn(), form.decidedBy().strip(),
				form.reason().strip(), blankToNull(form.documentNumber()), form.months());
		StaffSanction s = sanctions.saveAndFlush(new StaffSanction(m.id(), clean, months, Actor.current()));
		SanctionRecord r = s.toRecord();
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("kind", r.kind());
		created.put("decidedOn", r.decidedOn());
		created.put("decidedBy", r.decidedBy());
		created.put("reason", r.reason());
		created.put("documentNumber", r.documentNumber());
		created.put("periodMonths", r.periodMonths());
		created.put("periodEnd", r.periodEnd());
		audit.record(AuditAction.CREATE, ENTITY, r.id(), m.name(), Change.created(created));
		return r;
	}

	SanctionRecord revoke(StaffView m, long sanctionId, LocalDate on, String note, LocalDate today) {
		StaffSanction s = sanctions.findById(sanctionId)
			.filter(found -> found.getStaffId() == m.id())
			.orElseThrow(() -> new NotFound("sanction " + sanctionId));
		List<Problem> problems = new ArrayList<>();
		if (on == null) {
			problems.add(new Problem("revokedOn", "staffFile.required"));
		}
		else if (on.isAfter(today)) {
			problems.add(new Problem("revokedOn", "staff.date.future", on));
		}
		text(problems, "note", note, 500, true);
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		s.revoke(on, note.strip(), Actor.current());
		sanctions.flush();
		audit.record(AuditAction.REVOKE, ENTITY, s.getId(), m.name(), List
			.of(new Change("revokedOn", null, on.toString()), new Change("revocationNote", null, note.strip())));
		return s.toRecord();
	}

	/** Moves one record's sanctions to another (a merge of duplicates); how many. */
	int carryOver(long from, long to) {
		return sanctions.moveAll(from, to);
	}

	private static void text(List<Problem> problems, String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new Problem(field, "staffFile.required"));
			}
		}
		else if (value.strip().length() > max) {
			problems.add(new Problem(field, "fileAudit.text.tooLong", max));
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
