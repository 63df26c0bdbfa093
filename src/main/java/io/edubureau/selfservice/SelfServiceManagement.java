package io.edubureau.selfservice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.ScopeKind;
import io.edubureau.platform.Actor;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Paging;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.staff.PoliticalStatus;
import io.edubureau.staff.SelfServiceForm;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The self-service module's public face: a teacher's changes to their own file (submit →
 * return → resubmit → approve), reviewed by the school. The file itself is staff's: the
 * teacher's record is read through {@link StaffManagement#ownRecord}, the reviewer's
 * people through {@link StaffManagement#visible}, and an approved change is written into
 * the file by {@link StaffManagement#applySelfService}, audited field by field there.
 */
@Service
public class SelfServiceManagement {

	static final Set<String> REQUIRED = Set.of("ethnicity", "nativePlace", "politicalStatus", "workStartDate", "phone",
			"highestEducation");

	private static final List<ChangeStatus> OPEN = List.of(ChangeStatus.SUBMITTED, ChangeStatus.RETURNED);

	private final StaffManagement staff;

	private final ChangeRequestRepository changes;

	private final OrgManagement org;

	static final int MAX_PAGE_SIZE = 200;

	private final Clock clock = Clock.systemDefaultZone();

	SelfServiceManagement(StaffManagement staff, ChangeRequestRepository changes, OrgManagement org) {
		this.staff = staff;
		this.org = org;
		this.changes = changes;
	}

	/**
	 * The signed-in teacher's own file values, their open request if any, and what is
	 * still missing.
	 */
	@Transactional(readOnly = true)
	public SelfService selfService(DataScope scope) {
		StaffView m = staff.ownRecord(scope);
		Optional<ChangeRequest> open = changes.findFirstByStaffIdAndStatusInOrderByIdDesc(m.id(), OPEN);
		SelfServiceForm current = open.map(ChangeRequest::proposal).orElse(SelfServiceForm.of(m));
		return new SelfService(m, current, missing(current), open.map(r -> toView(r, m)).orElse(null),
				changes.findByStaffIdOrderByIdDesc(m.id()).stream().map(r -> toView(r, m)).toList());
	}

	/** The completeness check: fields the file must have before it can be submitted. */
	static List<String> missing(SelfServiceForm f) {
		List<String> missing = new ArrayList<>();
		f.values().forEach((field, value) -> {
			if (REQUIRED.contains(field) && value == null) {
				missing.add(field);
			}
		});
		if (member(f) && f.partyJoinDate() == null) {
			missing.add("partyJoinDate");
		}
		return missing;
	}

	/** A teacher submits (or, after a return, resubmits) changes to their own file. */
	@Transactional
	public ChangeRequestView submitChange(DataScope scope, SelfServiceForm proposal) {
		StaffView m = staff.ownRecord(scope);
		List<Problem> problems = new ArrayList<>();
		missing(proposal).forEach(field -> problems.add(new Problem(field, "selfService.missing")));
		checkDate(problems, "partyJoinDate", proposal.partyJoinDate(), m.birthDate());
		checkDate(problems, "workStartDate", proposal.workStartDate(), m.birthDate());
		if (proposal.partyJoinDate() != null && !member(proposal)) {
			problems.add(new Problem("partyJoinDate", "staff.partyJoinDate.notMember"));
		}
		if (proposal.phone() != null && !proposal.phone().matches("[0-9+\\- ]{1,20}")) {
			problems.add(new Problem("phone", "staff.phone.pattern"));
		}
		for (String[] text : new String[][] { { "formerNames", proposal.formerNames(), "100" },
				{ "ethnicity", proposal.ethnicity(), "20" }, { "nativePlace", proposal.nativePlace(), "50" } }) {
			if (text[1] != null && text[1].length() > Integer.parseInt(text[2])) {
				problems.add(new Problem(text[0], "fileAudit.text.tooLong", Integer.parseInt(text[2])));
			}
		}
		if (Change.between(SelfServiceForm.of(m).values(), proposal.values()).isEmpty()) {
			problems.add(new Problem(null, "selfService.nothingChanged"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		Optional<ChangeRequest> open = changes.findFirstByStaffIdAndStatusInOrderByIdDesc(m.id(), OPEN);
		ChangeRequest request;
		if (open.isPresent() && open.get().getStatus() == ChangeStatus.SUBMITTED) {
			throw new Rejection(null, "selfService.alreadySubmitted");
		}
		else if (open.isPresent()) {
			request = open.get();
			request.resubmit(m.unitId(), proposal, Actor.current());
		}
		else {
			request = changes.save(new ChangeRequest(m.id(), m.unitId(), proposal, Actor.current()));
		}
		return toView(request, m);
	}

	/**
	 * Requests waiting for review that were submitted from a unit the reviewer sees,
	 * oldest first, one page chosen in the query; a teacher's own scope reviews nobody.
	 */
	@Transactional(readOnly = true)
	public Page<ChangeRequestView> changeQueue(DataScope scope, int page, int size) {
		return views(changes.findAll(queueWhere(scope),
				Paging.request(page, size, MAX_PAGE_SIZE, Sort.by("updatedAt", "id"))));
	}

	/** The whole queue of {@link #changeQueue(DataScope, int, int)}, for the page. */
	@Transactional(readOnly = true)
	public List<ChangeRequestView> changeQueue(DataScope scope) {
		return views(new PageImpl<>(changes.findAll(queueWhere(scope), Sort.by("updatedAt", "id")))).getContent();
	}

	/** How many requests wait for the reviewer (counted in the query). */
	@Transactional(readOnly = true)
	public long waitingChanges(DataScope scope) {
		return changes.count(queueWhere(scope));
	}

	private Specification<ChangeRequest> queueWhere(DataScope scope) {
		if (scope.kind() == ScopeKind.SELF || scope.seesNothing()) {
			return (root, q, cb) -> cb.disjunction();
		}
		Specification<ChangeRequest> submitted = (root, q, cb) -> cb.equal(root.get("status"), ChangeStatus.SUBMITTED);
		return submitted.and(org.unitIdScope(scope, "unitId"));
	}

	// The people of a page, wherever they are now (the scope chose the rows).
	private Page<ChangeRequestView> views(Page<ChangeRequest> found) {
		Map<Long, StaffView> people = staff.visible(DataScope.all(),
				found.getContent().stream().map(ChangeRequest::getStaffId).distinct().toList());
		return found.map(r -> toView(r, people.get(r.getStaffId())));
	}

	/** One request of a person the caller sees. */
	@Transactional(readOnly = true)
	public ChangeRequestView changeRequest(DataScope scope, long requestId) {
		ChangeRequest r = changes.findById(requestId).orElseThrow(() -> new NotFound("change " + requestId));
		return toView(r, person(scope, r.getStaffId()));
	}

	/** The reviewer approves: the proposal goes into the file, audited field by field. */
	@Transactional
	public ChangeRequestView approveChange(DataScope scope, long requestId, String comment) {
		ChangeRequest r = reviewable(scope, requestId);
		r.approve(comment, Actor.current());
		StaffView after = staff.applySelfService(scope, r.getStaffId(), r.getId(), r.proposal());
		return toView(r, after);
	}

	/** The reviewer returns the request with a comment saying what to fix. */
	@Transactional
	public ChangeRequestView returnChange(DataScope scope, long requestId, String comment) {
		if (comment == null || comment.isBlank()) {
			throw new Rejection("comment", "selfService.comment.required");
		}
		ChangeRequest r = reviewable(scope, requestId);
		r.returnWith(comment.strip(), Actor.current());
		return toView(r, person(scope, r.getStaffId()));
	}

	private ChangeRequest reviewable(DataScope scope, long requestId) {
		ChangeRequest r = changes.findById(requestId).orElseThrow(() -> new NotFound("change " + requestId));
		person(scope, r.getStaffId());
		if (r.getStaffId().equals(scope.staffId())) {
			throw new Rejection(null, "selfService.ownRequest");
		}
		if (r.getStatus() != ChangeStatus.SUBMITTED) {
			throw new Rejection(null, "selfService.notSubmitted");
		}
		return r;
	}

	// The person in the caller's scope, read without a READ audit entry, as before the
	// split.
	private StaffView person(DataScope scope, long staffId) {
		StaffView p = staff.visible(scope, List.of(staffId)).get(staffId);
		if (p == null) {
			throw new NotFound("staff " + staffId);
		}
		return p;
	}

	private ChangeRequestView toView(ChangeRequest r, StaffView m) {
		List<Change> diff = Change.between(SelfServiceForm.of(m).values(), r.proposal().values());
		return new ChangeRequestView(r.getId(), r.getStaffId(), m.name(), r.getStatus(),
				r.getStatus() == ChangeStatus.APPROVED ? List.of() : diff, r.proposal(),
				r.getSteps().stream().map(ChangeStep::toView).toList(), r.getUpdatedAt());
	}

	private static boolean member(SelfServiceForm f) {
		return f.politicalStatus() == PoliticalStatus.PARTY_MEMBER
				|| f.politicalStatus() == PoliticalStatus.PROBATIONARY_MEMBER;
	}

	private void checkDate(List<Problem> problems, String field, LocalDate date, LocalDate birth) {
		if (date == null) {
			return;
		}
		if (date.isAfter(LocalDate.now(clock))) {
			problems.add(new Problem(field, "staff.date.future", date));
		}
		else if (birth != null && date.isBefore(birth)) {
			problems.add(new Problem(field, "staff.date.beforeBirth", date, birth));
		}
	}

}
