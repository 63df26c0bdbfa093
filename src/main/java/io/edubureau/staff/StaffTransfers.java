package io.edubureau.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.ScopeKind;
import io.edubureau.org.UnitStatus;
import io.edubureau.org.UnitView;
import io.edubureau.platform.Actor;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;

import org.springframework.stereotype.Component;

/**
 * Life events as workflows: transfer requests (school requests, bureau approves), the
 * read-only trace a former unit keeps, and secondment or long leave periods. Callers
 * ({@link StaffManagement}) resolve the person within the caller's scope and own the
 * transaction.
 */
@Component
class StaffTransfers {

	static final String REQUEST = "staff.transferRequest";

	private final StaffRepository staff;

	private final TransferRequestRepository requests;

	private final OrgManagement org;

	private final AuditManagement audit;

	private final Clock clock = Clock.systemDefaultZone();

	StaffTransfers(StaffRepository staff, TransferRequestRepository requests, OrgManagement org,
			AuditManagement audit) {
		this.staff = staff;
		this.requests = requests;
		this.org = org;
		this.audit = audit;
	}

	// ---- transfer requests

	TransferRequestView request(StaffMember m, TransferRequestForm form) {
		List<Problem> problems = new ArrayList<>();
		if (m.getStatus() != StaffStatus.ACTIVE) {
			problems.add(new Problem(null, "staff.transfer.notActive"));
		}
		String code = form.toUnitCode() == null ? "" : form.toUnitCode().strip();
		// The target usually lies outside the requesting school: look it up county-wide.
		Optional<UnitView> to = code.isEmpty() ? Optional.empty()
				: org.findByCode(DataScope.all(), code).filter(u -> u.status() == UnitStatus.ACTIVE);
		if (code.isEmpty()) {
			problems.add(new Problem("toUnitCode", "transfer.toUnitCode.required"));
		}
		else if (to.isEmpty()) {
			problems.add(new Problem("toUnitCode", "transfer.toUnitCode.unknown", code));
		}
		else if (to.get().id() == m.getUnitId()) {
			problems.add(new Problem("toUnitCode", "staff.transfer.sameUnit"));
		}
		if (form.transferOn() == null) {
			problems.add(new Problem("transferOn", "transfer.transferOn.required"));
		}
		else if (form.transferOn().isBefore(m.getBirthDate()) || form.transferOn().isAfter(today().plusYears(1))) {
			problems.add(new Problem("transferOn", "transfer.transferOn.range", form.transferOn()));
		}
		else if (m.lastTransferOn() != null && form.transferOn().isBefore(m.lastTransferOn())) {
			problems.add(new Problem("transferOn", "staff.transfer.beforeLast", m.lastTransferOn()));
		}
		String reason = strip(form.reason());
		if (reason == null) {
			problems.add(new Problem("reason", "transfer.reason.required"));
		}
		else if (reason.length() > 500) {
			problems.add(new Problem("reason", "transfer.text.tooLong", 500));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		requests.findFirstByStaffIdAndStatus(m.getId(), TransferStatus.REQUESTED).ifPresent(open -> {
			throw new Rejection(null, "transfer.alreadyOpen", String.valueOf(open.getId()));
		});
		TransferRequest r = requests.saveAndFlush(new TransferRequest(m.getId(), m.getUnitId(), to.get().id(),
				form.transferOn(), reason, Actor.current()));
		Map<String, Object> created = new java.util.LinkedHashMap<>();
		created.put("staffId", m.getId());
		created.put("fromUnitId", m.getUnitId());
		created.put("toUnitCode", to.get().code());
		created.put("transferOn", form.transferOn());
		created.put("reason", reason);
		audit.record(AuditAction.CREATE, REQUEST, r.getId(), m.getName(), Change.created(created));
		return toView(r, m);
	}

	/** The request as someone on either side sees it: 404 to anyone else. */
	TransferRequestView view(DataScope scope, long requestId) {
		TransferRequest r = find(requestId);
		StaffMember m = staff.findById(r.getStaffId()).orElseThrow(() -> new NotFound("staff " + r.getStaffId()));
		if (!org.isWithin(scope, m.getUnitId()) && !org.isWithin(scope, r.getFromUnitId())
				|| scope.kind() == ScopeKind.SELF) {
			throw new NotFound("transfer " + requestId);
		}
		return toView(r, m);
	}

	List<TransferRequestView> ofPerson(StaffMember m) {
		return requests.findByStaffIdOrderByIdDesc(m.getId()).stream().map(r -> toView(r, m)).toList();
	}

	/** Open requests the caller can decide: both the person and the target in scope. */
	List<TransferRequestView> queue(DataScope scope, Optional<String> prefix) {
		return prefix.map(p -> {
			List<TransferRequest> open = requests.queue(TransferStatus.REQUESTED, p);
			Map<Long, StaffMember> people = new HashMap<>();
			staff.findAllById(open.stream().map(TransferRequest::getStaffId).toList())
				.forEach(s -> people.put(s.getId(), s));
			Map<Long, UnitView> units = units(open);
			return open.stream()
				.filter(r -> units.containsKey(r.getToUnitId()) && within(scope, units.get(r.getToUnitId())))
				.map(r -> toView(r, people.get(r.getStaffId()), units))
				.toList();
		}).orElse(List.of());
	}

	/**
	 * The bureau approves: the person moves with all their history. The approver must see
	 * both units.
	 */
	TransferRequestView approve(DataScope scope, long requestId, String comment, LongFunction<StaffMember> visible) {
		TransferRequest r = find(requestId);
		StaffMember m = visible.apply(r.getStaffId());
		UnitView to = org.byIds(List.of(r.getToUnitId())).get(r.getToUnitId());
		if (to == null || !org.isWithin(scope, to.id())) {
			throw new NotFound("transfer " + requestId);
		}
		requireOpen(r);
		String note = strip(comment);
		checkComment(note, false);
		if (!m.getUnitId().equals(r.getFromUnitId())) {
			throw new Rejection(null, "transfer.stale");
		}
		if (m.getStatus() != StaffStatus.ACTIVE) {
			throw new Rejection(null, "staff.transfer.notActive");
		}
		if (to.status() != UnitStatus.ACTIVE) {
			throw new Rejection("toUnitCode", "transfer.toUnitCode.unknown", to.code());
		}
		LocalDate last = m.lastTransferOn();
		if (last != null && r.getTransferOn().isBefore(last)) {
			throw new Rejection("transferOn", "staff.transfer.beforeLast", last);
		}
		r.approve(note, Actor.current());
		Long from = m.getUnitId();
		m.transfer(to.id(), to.path(), r.getTransferOn(), Actor.current(), r.getReason(), from);
		audit.record(AuditAction.UPDATE, REQUEST, r.getId(), m.getName(),
				List.of(new Change("status", TransferStatus.REQUESTED.name(), TransferStatus.APPROVED.name())));
		audit.record(AuditAction.UPDATE, StaffManagement.ENTITY, m.getId(),
				m.getName() + " (transfer request #" + r.getId() + ")",
				List.of(new Change("unitId", String.valueOf(from), String.valueOf(to.id()))));
		return toView(r, m);
	}

	/** The bureau rejects, saying why. */
	TransferRequestView reject(DataScope scope, long requestId, String comment, LongFunction<StaffMember> visible) {
		TransferRequest r = find(requestId);
		StaffMember m = visible.apply(r.getStaffId());
		if (!org.isWithin(scope, r.getToUnitId())) {
			throw new NotFound("transfer " + requestId);
		}
		requireOpen(r);
		String note = strip(comment);
		checkComment(note, true);
		r.reject(note, Actor.current());
		audit.record(AuditAction.UPDATE, REQUEST, r.getId(), m.getName() + ": " + note,
				List.of(new Change("status", TransferStatus.REQUESTED.name(), TransferStatus.REJECTED.name())));
		return toView(r, m);
	}

	/** The requester takes their request back. */
	TransferRequestView withdraw(long requestId, String comment, LongFunction<StaffMember> visible) {
		TransferRequest r = find(requestId);
		StaffMember m = visible.apply(r.getStaffId());
		requireOpen(r);
		if (!r.getRequestedBy().equals(Actor.current())) {
			throw new Rejection(null, "transfer.withdraw.notRequester", r.getRequestedBy());
		}
		String note = strip(comment);
		checkComment(note, false);
		r.withdraw(note, Actor.current());
		audit.record(AuditAction.UPDATE, REQUEST, r.getId(), m.getName(),
				List.of(new Change("status", TransferStatus.REQUESTED.name(), TransferStatus.WITHDRAWN.name())));
		return toView(r, m);
	}

	private TransferRequest find(long requestId) {
		return requests.findById(requestId).orElseThrow(() -> new NotFound("transfer " + requestId));
	}

	private static void requireOpen(TransferRequest r) {
		if (!r.isOpen()) {
			throw new Rejection(null, "transfer.notOpen", r.getStatus());
		}
	}

	private static void checkComment(String comment, boolean required) {
		if (required && comment == null) {
			throw new Rejection("comment", "transfer.comment.required");
		}
		if (comment != null && comment.length() > 500) {
			throw new Rejection("comment", "transfer.text.tooLong", 500);
		}
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

	// ---- views

	private TransferRequestView toView(TransferRequest r, StaffMember m) {
		return toView(r, m, units(List.of(r)));
	}

	private Map<Long, UnitView> units(List<TransferRequest> list) {
		Set<Long> ids = new HashSet<>();
		list.forEach(r -> {
			ids.add(r.getFromUnitId());
			ids.add(r.getToUnitId());
		});
		return org.byIds(ids);
	}

	private static TransferRequestView toView(TransferRequest r, StaffMember m, Map<Long, UnitView> units) {
		UnitView from = units.get(r.getFromUnitId());
		UnitView to = units.get(r.getToUnitId());
		return new TransferRequestView(r.getId(), r.getStaffId(), m == null ? null : m.getName(), r.getFromUnitId(),
				from == null ? null : from.code(), from == null ? null : from.name(), r.getToUnitId(),
				to == null ? null : to.code(), to == null ? null : to.name(), r.getTransferOn(), r.getReason(),
				r.getStatus(), r.getRequestedBy(), r.getSteps().stream().map(TransferStep::toView).toList(),
				r.getUpdatedAt());
	}

	private boolean within(DataScope scope, UnitView unit) {
		return org.isWithin(scope, unit.id());
	}

	private static String strip(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
