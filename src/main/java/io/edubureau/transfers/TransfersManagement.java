package io.edubureau.transfers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.ScopeKind;
import io.edubureau.org.UnitFilter;
import io.edubureau.org.UnitStatus;
import io.edubureau.org.UnitView;
import io.edubureau.platform.Actor;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Paging;
import io.edubureau.personnelfile.MergeGuard;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffStatus;
import io.edubureau.staff.StaffView;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transfers module's public face: a school's request to move a person to another
 * unit, decided by the bureau (approve, reject) or withdrawn by the school. The person is
 * staff's: read through {@link StaffManagement#get}, moved by
 * {@link StaffManagement#moveOnRequest}, which writes the posting, the event and the
 * audit entry of the move.
 */
@Service
public class TransfersManagement implements MergeGuard {

	/**
	 * The audit entity of a request (unchanged by the split, so old entries still match).
	 */
	static final String REQUEST = "staff.transferRequest";

	static final int MAX_PAGE_SIZE = 200;

	private final StaffManagement staff;

	private final TransferRequestRepository requests;

	private final OrgManagement org;

	private final AuditManagement audit;

	private final Clock clock = Clock.systemDefaultZone();

	TransfersManagement(StaffManagement staff, TransferRequestRepository requests, OrgManagement org,
			AuditManagement audit) {
		this.staff = staff;
		this.requests = requests;
		this.org = org;
		this.audit = audit;
	}

	/** The current school asks the bureau to move a person to another unit. */
	@Transactional
	public TransferRequestView request(DataScope scope, TransferRequestForm form) {
		if (form.staffId() == null) {
			throw new Rejection("staffId", "transfer.staffId.required");
		}
		StaffView m = staff.get(scope, form.staffId());
		List<Problem> problems = new ArrayList<>();
		if (m.status() != StaffStatus.ACTIVE) {
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
		else if (to.get().id() == m.unitId()) {
			problems.add(new Problem("toUnitCode", "staff.transfer.sameUnit"));
		}
		LocalDate last = staff.lastTransferOn(scope, m.id());
		if (form.transferOn() == null) {
			problems.add(new Problem("transferOn", "transfer.transferOn.required"));
		}
		else if (form.transferOn().isBefore(m.birthDate()) || form.transferOn().isAfter(today().plusYears(1))) {
			problems.add(new Problem("transferOn", "transfer.transferOn.range", form.transferOn()));
		}
		else if (last != null && form.transferOn().isBefore(last)) {
			problems.add(new Problem("transferOn", "staff.transfer.beforeLast", last));
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
		requests.findFirstByStaffIdAndStatus(m.id(), TransferStatus.REQUESTED).ifPresent(open -> {
			throw new Rejection(null, "transfer.alreadyOpen", String.valueOf(open.getId()));
		});
		TransferRequest r = requests.saveAndFlush(
				new TransferRequest(m.id(), m.unitId(), to.get().id(), form.transferOn(), reason, Actor.current()));
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("staffId", m.id());
		created.put("fromUnitId", m.unitId());
		created.put("toUnitCode", to.get().code());
		created.put("transferOn", form.transferOn());
		created.put("reason", reason);
		audit.record(AuditAction.CREATE, REQUEST, r.getId(), m.name(), Change.created(created));
		return toView(r, m.name());
	}

	/** The request as someone on either side sees it: 404 to anyone else. */
	@Transactional(readOnly = true)
	public TransferRequestView view(DataScope scope, long requestId) {
		TransferRequest r = find(requestId);
		if (scope.kind() == ScopeKind.SELF || staff.visibleIds(scope, List.of(r.getStaffId())).isEmpty()
				&& !org.isWithin(scope, r.getFromUnitId())) {
			throw new NotFound("transfer " + requestId);
		}
		return toView(r, names(List.of(r)).get(r.getStaffId()));
	}

	/**
	 * Active units a person in scope may be moved to, whose name or code matches, for the
	 * request form's picker: the units of the county (the top unit above the person's)
	 * other than the person's own, at most twenty, by code.
	 */
	@Transactional(readOnly = true)
	List<UnitView> destinations(DataScope scope, long staffId, String query) {
		StaffView m = staff.get(scope, staffId);
		List<UnitView> above = org.ancestors(DataScope.all(), m.unitId());
		long top = above.isEmpty() ? m.unitId() : above.get(0).id();
		String q = query == null || query.isBlank() ? null : query.strip();
		return org
			.list(DataScope.unitAndBelow(top), new UnitFilter(q, null, null, null, null, UnitStatus.ACTIVE, null),
					PageRequest.of(0, 21, Sort.by("code")))
			.getContent()
			.stream()
			.filter(u -> u.id() != m.unitId())
			.limit(20)
			.toList();
	}

	/** A person's transfer requests, newest first. */
	@Transactional(readOnly = true)
	public List<TransferRequestView> ofPerson(DataScope scope, long staffId) {
		StaffView m = staff.get(scope, staffId);
		return requests.findByStaffIdOrderByIdDesc(m.id()).stream().map(r -> toView(r, m.name())).toList();
	}

	/**
	 * Open requests the caller may decide, oldest first: both the unit the request was
	 * made from and the target in scope, applied in the query on the request's own unit
	 * ids.
	 */
	@Transactional(readOnly = true)
	public Page<TransferRequestView> queue(DataScope scope, int page, int size) {
		Page<TransferRequest> open = requests.findAll(queueWhere(scope),
				Paging.request(page, size, MAX_PAGE_SIZE, Sort.by("updatedAt", "id")));
		Map<Long, String> names = names(open.getContent());
		Map<Long, UnitView> units = units(open.getContent());
		return open.map(r -> toView(r, names.get(r.getStaffId()), units));
	}

	/** How many requests wait for the caller's decision (the home page's task). */
	@Transactional(readOnly = true)
	public long waiting(DataScope scope) {
		return requests.count(queueWhere(scope));
	}

	private Specification<TransferRequest> queueWhere(DataScope scope) {
		if (scope.kind() == ScopeKind.SELF || scope.seesNothing()) {
			return (root, q, cb) -> cb.disjunction();
		}
		Specification<TransferRequest> open = (root, q, cb) -> cb.equal(root.get("status"), TransferStatus.REQUESTED);
		return open.and(org.unitIdScope(scope, "fromUnitId")).and(org.unitIdScope(scope, "toUnitId"));
	}

	/**
	 * The bureau approves: the person moves with all their history. The approver must see
	 * both units.
	 */
	@Transactional
	public TransferRequestView approve(DataScope scope, long requestId, String comment) {
		TransferRequest r = find(requestId);
		StaffView m = staff.get(scope, r.getStaffId());
		UnitView to = org.byIds(List.of(r.getToUnitId())).get(r.getToUnitId());
		if (to == null || !org.isWithin(scope, to.id())) {
			throw new NotFound("transfer " + requestId);
		}
		requireOpen(r);
		String note = strip(comment);
		checkComment(note, false);
		if (to.status() != UnitStatus.ACTIVE) {
			throw new Rejection("toUnitCode", "transfer.toUnitCode.unknown", to.code());
		}
		staff.moveOnRequest(scope, m.id(), r.getFromUnitId(), to.id(), r.getTransferOn(), r.getReason(), r.getId());
		r.approve(note, Actor.current());
		audit.record(AuditAction.UPDATE, REQUEST, r.getId(), m.name(),
				List.of(new Change("status", TransferStatus.REQUESTED.name(), TransferStatus.APPROVED.name())));
		return toView(r, m.name());
	}

	/** The bureau rejects, saying why. */
	@Transactional
	public TransferRequestView reject(DataScope scope, long requestId, String comment) {
		TransferRequest r = find(requestId);
		StaffView m = staff.get(scope, r.getStaffId());
		if (!org.isWithin(scope, r.getToUnitId())) {
			throw new NotFound("transfer " + requestId);
		}
		requireOpen(r);
		String note = strip(comment);
		checkComment(note, true);
		r.reject(note, Actor.current());
		audit.record(AuditAction.UPDATE, REQUEST, r.getId(), m.name() + ": " + note,
				List.of(new Change("status", TransferStatus.REQUESTED.name(), TransferStatus.REJECTED.name())));
		return toView(r, m.name());
	}

	/** The requester takes their request back. */
	@Transactional
	public TransferRequestView withdraw(DataScope scope, long requestId, String comment) {
		TransferRequest r = find(requestId);
		StaffView m = staff.get(scope, r.getStaffId());
		requireOpen(r);
		if (!r.getRequestedBy().equals(Actor.current())) {
			throw new Rejection(null, "transfer.withdraw.notRequester", r.getRequestedBy());
		}
		String note = strip(comment);
		checkComment(note, false);
		r.withdraw(note, Actor.current());
		audit.record(AuditAction.UPDATE, REQUEST, r.getId(), m.name(),
				List.of(new Change("status", TransferStatus.REQUESTED.name(), TransferStatus.WITHDRAWN.name())));
		return toView(r, m.name());
	}

	/** A pending transfer of the record that goes away would be left undecidable. */
	@Override
	public void checkMerge(long mergedId) {
		if (requests.findFirstByStaffIdAndStatus(mergedId, TransferStatus.REQUESTED).isPresent()) {
			throw new Rejection("mergedId", "duplicate.openTransfer");
		}
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

	// ---- views

	// The names of the people behind requests the caller may already see (either side of
	// the move), read in one query whatever unit each person is at now.
	private Map<Long, String> names(List<TransferRequest> list) {
		Map<Long, String> names = new LinkedHashMap<>();
		staff.visible(DataScope.all(), list.stream().map(TransferRequest::getStaffId).distinct().toList())
			.forEach((id, v) -> names.put(id, v.name()));
		return names;
	}

	private TransferRequestView toView(TransferRequest r, String name) {
		return toView(r, name, units(List.of(r)));
	}

	private Map<Long, UnitView> units(List<TransferRequest> list) {
		Set<Long> ids = new HashSet<>();
		list.forEach(r -> {
			ids.add(r.getFromUnitId());
			ids.add(r.getToUnitId());
		});
		return org.byIds(ids);
	}

	private static TransferRequestView toView(TransferRequest r, String name, Map<Long, UnitView> units) {
		UnitView from = units.get(r.getFromUnitId());
		UnitView to = units.get(r.getToUnitId());
		return new TransferRequestView(r.getId(), r.getStaffId(), name, r.getFromUnitId(),
				from == null ? null : from.code(), from == null ? null : from.name(), r.getToUnitId(),
				to == null ? null : to.code(), to == null ? null : to.name(), r.getTransferOn(), r.getReason(),
				r.getStatus(), r.getRequestedBy(), r.getSteps().stream().map(TransferStep::toView).toList(),
				r.getUpdatedAt());
	}

	private static String strip(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
