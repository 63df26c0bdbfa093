package io.edubureau.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.ScopeKind;
import io.edubureau.org.UnitView;
import io.edubureau.platform.Actor;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;

import org.springframework.stereotype.Component;

/**
 * Life events: the move an approved transfer request asks for (the requests themselves
 * are the {@code transfers} module's), the read-only trace a former unit keeps, and
 * secondment or long leave periods. Callers ({@link StaffManagement}) resolve the person
 * within the caller's scope and own the transaction.
 */
@Component
class StaffTransfers {

	private final StaffRepository staff;

	private final OrgManagement org;

	private final AuditManagement audit;

	private final Clock clock = Clock.systemDefaultZone();

	StaffTransfers(StaffRepository staff, OrgManagement org, AuditManagement audit) {
		this.staff = staff;
		this.org = org;
		this.audit = audit;
	}

	// ---- a move the transfers module's approved request asks for

	/**
	 * Moves the person as an approved request says: refused when the person has left the
	 * unit the request was made from, is no longer active, or moved later than the date.
	 */
	void moveOnRequest(StaffMember m, long fromUnitId, UnitView to, LocalDate on, String reason, long requestId) {
		if (m.getUnitId() != fromUnitId) {
			throw new Rejection(null, "transfer.stale");
		}
		if (m.getStatus() != StaffStatus.ACTIVE) {
			throw new Rejection(null, "staff.transfer.notActive");
		}
		LocalDate last = m.lastTransferOn();
		if (last != null && on.isBefore(last)) {
			throw new Rejection("transferOn", "staff.transfer.beforeLast", last);
		}
		m.transfer(to.id(), to.path(), on, Actor.current(), reason, fromUnitId);
		audit.record(AuditAction.UPDATE, StaffManagement.ENTITY, m.getId(),
				m.getName() + " (transfer request #" + requestId + ")",
				List.of(new Change("unitId", String.valueOf(fromUnitId), String.valueOf(to.id()))));
	}

	// ---- the read-only trace of a former unit

	/**
	 * The trace of a person transferred away from a unit in the caller's scope: events up
	 * to (and recorded before) the last such transfer, nothing later. 404 when there is
	 * none.
	 */
	StaffTrace trace(DataScope scope, long id) {
		if (scope.kind() == ScopeKind.SELF || scope.seesNothing()) {
			throw new NotFound("staff " + id);
		}
		StaffMember m = staff.findById(id).orElseThrow(() -> new NotFound("staff " + id));
		List<StaffEvent> events = m.getEvents();
		int last = -1;
		for (int i = 0; i < events.size(); i++) {
			StaffEvent e = events.get(i);
			if (e.getKind() == StaffEventKind.TRANSFER && e.getFromUnitId() != null
					&& org.isWithin(scope, e.getFromUnitId()) && !org.isWithin(scope, e.getToUnitId())) {
				last = i;
			}
		}
		if (last < 0) {
			throw new NotFound("staff " + id);
		}
		StaffEvent out = events.get(last);
		List<StaffEventView> history = events.subList(0, last + 1)
			.stream()
			.filter(e -> !e.getRecordedAt().isAfter(out.getRecordedAt()))
			.map(StaffEvent::toView)
			.toList();
		Map<Long, UnitView> units = org.byIds(List.of(out.getFromUnitId(), out.getToUnitId()));
		UnitView from = units.get(out.getFromUnitId());
		UnitView to = units.get(out.getToUnitId());
		return new StaffTrace(m.getId(), m.getName(), out.getFromUnitId(), from == null ? null : from.name(),
				out.getToUnitId(), to == null ? null : to.code(), to == null ? null : to.name(), out.getOccurredOn(),
				history);
	}

	// ---- secondment and long leave

	List<StaffEventView> recordPeriod(StaffMember m, PeriodForm form) {
		List<Problem> problems = new ArrayList<>();
		if (form.kind() != StaffEventKind.SECONDMENT && form.kind() != StaffEventKind.LONG_LEAVE) {
			problems.add(new Problem("kind", "period.kind"));
		}
		if (m.getStatus() != StaffStatus.ACTIVE) {
			problems.add(new Problem(null, "period.notActive"));
		}
		if (form.from() == null) {
			problems.add(new Problem("from", "period.from.required"));
		}
		else if (form.from().isBefore(m.getBirthDate()) || form.from().isAfter(today().plusYears(1))) {
			problems.add(new Problem("from", "period.from.range", form.from()));
		}
		LocalDate hired = m.getEvents()
			.stream()
			.filter(e -> e.getKind() == StaffEventKind.HIRE)
			.map(StaffEvent::getOccurredOn)
			.findFirst()
			.orElse(null);
		if (form.from() != null && hired != null && form.from().isBefore(hired)) {
			problems.add(new Problem("from", "period.from.beforeHire", form.from(), hired));
		}
		if (form.from() != null && form.until() != null && form.until().isBefore(form.from())) {
			problems.add(new Problem("until", "period.until.beforeFrom", form.until(), form.from()));
		}
		String note = strip(form.note());
		if (note != null && note.length() > 500) {
			problems.add(new Problem("note", "transfer.text.tooLong", 500));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		m.recordPeriod(form.kind(), form.from(), form.until(), note, Actor.current());
		Map<String, Object> period = new java.util.LinkedHashMap<>();
		period.put("event", form.kind());
		period.put("from", form.from());
		period.put("until", form.until());
		period.put("note", note);
		audit.record(AuditAction.UPDATE, StaffManagement.ENTITY, m.getId(), m.getName(), Change.created(period));
		return m.getEvents().stream().map(StaffEvent::toView).toList();
	}

	private static String strip(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
