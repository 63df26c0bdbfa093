package io.edubureau.party;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.ScopeKind;
import io.edubureau.org.UnitMoved;
import io.edubureau.org.UnitView;
import io.edubureau.platform.Actor;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Paging;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.rules.HolidayDay;
import io.edubureau.rules.HolidayKind;
import io.edubureau.rules.HolidayYear;
import io.edubureau.rules.LocalParameter;
import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;
import io.edubureau.rules.RulesManagement;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The party module's public face. Every read takes the caller's {@link DataScope}; a
 * record outside it is reported as not found, a unit outside it is refused. Every change
 * is audited in its transaction with {@link Actor#current()} as the author.
 */
@Service
public class PartyManagement {

	static final String ORGANISATION = "party.organisation";

	static final String DEVELOPMENT = "party.development";

	static final String MEETING = "party.meeting";

	private final PartyOrganisationRepository organisations;

	private final PartyDevelopmentRepository developments;

	private final PartyMeetingRepository meetings;

	private final OrgManagement org;

	private final StaffManagement staff;

	private final RulesManagement rules;

	private final AuditManagement audit;

	PartyManagement(PartyOrganisationRepository organisations, PartyDevelopmentRepository developments,
			PartyMeetingRepository meetings, OrgManagement org, StaffManagement staff, RulesManagement rules,
			AuditManagement audit) {
		this.organisations = organisations;
		this.developments = developments;
		this.meetings = meetings;
		this.org = org;
		this.staff = staff;
		this.rules = rules;
		this.audit = audit;
	}

	LocalDate today() {
		return LocalDate.now();
	}

	// ---- scope

	/** The scope as a predicate on the record's copied unit path; fail-closed. */
	<T> Specification<T> within(DataScope scope) {
		if (scope.kind() == ScopeKind.ALL) {
			return (root, q, cb) -> cb.conjunction();
		}
		if (scope.kind() == ScopeKind.SELF || scope.unitId() == null) {
			return (root, q, cb) -> cb.disjunction();
		}
		if (scope.kind() == ScopeKind.UNIT) {
			return (root, q, cb) -> cb.equal(root.get("unitId"), scope.unitId());
		}
		String path = org.pathOf(scope.unitId()).orElse(null);
		return path == null ? (root, q, cb) -> cb.disjunction()
				: (root, q, cb) -> cb.like(root.get("unitPath"), path + "%");
	}

	private static <T> Specification<T> id(long id) {
		return (root, q, cb) -> cb.equal(root.get("id"), id);
	}

	@EventListener
	void on(UnitMoved moved) {
		organisations.moveUnitPaths(moved.oldPath(), moved.newPath());
		developments.moveUnitPaths(moved.oldPath(), moved.newPath());
		meetings.moveUnitPaths(moved.oldPath(), moved.newPath());
	}

	// ---- organisations

	@Transactional(readOnly = true)
	List<OrganisationView> organisations(DataScope scope) {
		List<PartyOrganisation> found = organisations.findAll(within(scope), Sort.by("unitPath", "id"));
		Map<Long, String> names = unitNames(found.stream().map(PartyOrganisation::getUnitId).toList());
		return found.stream().map(o -> o.toView(names.get(o.getUnitId()))).toList();
	}

	/** One page of {@link #organisations(DataScope)}, paged in the query. */
	@Transactional(readOnly = true)
	Page<OrganisationView> organisations(DataScope scope, int page, int size) {
		Page<PartyOrganisation> found = organisations.findAll(within(scope),
				Paging.request(page, size, MAX_PAGE_SIZE, Sort.by("unitPath", "id")));
		Map<Long, String> names = unitNames(found.getContent().stream().map(PartyOrganisation::getUnitId).toList());
		return found.map(o -> o.toView(names.get(o.getUnitId())));
	}

	/** The largest page the API answers. */
	static final int MAX_PAGE_SIZE = 200;

	@Transactional(readOnly = true)
	OrganisationView organisation(DataScope scope, long id) {
		PartyOrganisation o = foundOrganisation(scope, id);
		return o.toView(unitNames(List.of(o.getUnitId())).get(o.getUnitId()));
	}

	private PartyOrganisation foundOrganisation(DataScope scope, long id) {
		return organisations.findOne(this.<PartyOrganisation>within(scope).and(id(id)))
			.orElseThrow(() -> new NotFound("party organisation " + id));
	}

	@Transactional
	OrganisationView createOrganisation(DataScope scope, PartyForms.OrganisationForm form) {
		List<Problem> problems = new ArrayList<>();
		String name = form.name() == null ? "" : form.name().strip();
		if (name.isEmpty()) {
			problems.add(new Problem("name", "party.required"));
		}
		else if (name.length() > 100) {
			problems.add(new Problem("name", "party.tooLong", 100));
		}
		if (form.kind() == null) {
			problems.add(new Problem("kind", "party.required"));
		}
		if (form.unitId() == null) {
			problems.add(new Problem("unitId", "party.required"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		UnitView unit = unitInScope(scope, form.unitId());
		Long parentId = null;
		if (form.parentId() != null) {
			parentId = foundOrganisation(scope, form.parentId()).getId();
		}
		StaffView secretary = form.secretaryStaffId() == null ? null : staff.get(scope, form.secretaryStaffId());
		PartyOrganisation o = organisations.save(new PartyOrganisation(name, form.kind(), parentId, unit.id(),
				org.pathOf(unit.id()).orElseThrow(), secretary == null ? null : secretary.id(),
				secretary == null ? null : secretary.name(), form.termEnd(), Actor.current()));
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("name", name);
		created.put("kind", form.kind());
		created.put("unit", unit.name());
		created.put("parentId", parentId);
		created.put("secretary", secretary == null ? null : secretary.name());
		created.put("termEnd", form.termEnd());
		audit.record(AuditAction.CREATE, ORGANISATION, o.getId(), name, Change.created(created));
		return o.toView(unit.name());
	}

	// A unit outside the scope is refused (403 on the API), as the other modules do.
	private UnitView unitInScope(DataScope scope, long unitId) {
		if (!org.isWithin(scope, unitId)) {
			throw new org.springframework.security.access.AccessDeniedException("unit outside the scope");
		}
		return org.get(scope, unitId);
	}

	private Map<Long, String> unitNames(Collection<Long> unitIds) {
		Map<Long, String> names = new HashMap<>();
		org.byIds(new HashSet<>(unitIds)).forEach((id, u) -> names.put(id, u.name()));
		return names;
	}

	private Map<Long, String> organisationNames(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		organisations.findAllById(new HashSet<>(ids)).forEach(o -> names.put(o.getId(), o.getName()));
		return names;
	}

	// ---- the development pipeline

	/** The dated parameters of the 细则 in force on a day. */
	DevelopmentRule.Params params(LocalDate on) {
		return new DevelopmentRule.Params(whole(LocalParameter.PARTY_MINIMUM_AGE, on),
				whole(LocalParameter.PARTY_TALK_MONTHS, on), whole(LocalParameter.PARTY_ACTIVIST_MONTHS, on),
				whole(LocalParameter.PARTY_ASSESSMENT_MONTHS, on), whole(LocalParameter.PARTY_TRAINING_DAYS, on),
				whole(LocalParameter.PARTY_TRAINING_HOURS, on), whole(LocalParameter.PARTY_NOTICE_WORKING_DAYS, on),
				whole(LocalParameter.PARTY_APPROVAL_MONTHS, on),
				whole(LocalParameter.PARTY_APPROVAL_SPECIAL_MONTHS, on),
				whole(LocalParameter.PARTY_PROBATION_MONTHS, on));
	}

	private int whole(LocalParameter p, LocalDate on) {
		return rules.parameter(p, on).intValue();
	}

	/** A new application; the applicant must be 18 on the day (年满十八岁). */
	@Transactional
	DevelopmentView apply(DataScope scope, PartyForms.ApplicationForm form) {
		List<Problem> problems = new ArrayList<>();
		if (form.organisationId() == null) {
			problems.add(new Problem("organisationId", "party.required"));
		}
		if (form.appliedOn() == null) {
			problems.add(new Problem("appliedOn", "party.required"));
		}
		else if (form.appliedOn().isAfter(today())) {
			problems.add(new Problem("appliedOn", "party.date.future", form.appliedOn().toString()));
		}
		String name = form.personName() == null ? "" : form.personName().strip();
		if (form.staffId() == null && name.isEmpty()) {
			problems.add(new Problem("personName", "party.required"));
		}
		if (form.staffId() == null && form.birthDate() == null) {
			problems.add(new Problem("birthDate", "party.required"));
		}
		if (name.length() > 50) {
			problems.add(new Problem("personName", "party.tooLong", 50));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		PartyOrganisation branch = foundOrganisation(scope, form.organisationId());
		LocalDate birth = form.birthDate();
		if (form.staffId() != null) {
			StaffView person = staff.get(scope, form.staffId());
			name = person.name();
			birth = person.birthDate();
			if (birth == null) {
				throw new Rejection("staffId", "party.birthDate.missing", person.name());
			}
		}
		List<Reason> refused = DevelopmentRule.application(birth, form.appliedOn(), params(form.appliedOn()));
		if (!refused.isEmpty()) {
			throw new StepRefused(refused);
		}
		PartyDevelopment d = developments
			.save(new PartyDevelopment(form.staffId(), name, birth, branch, form.appliedOn(), Actor.current()));
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("person", name);
		created.put("staffId", form.staffId());
		created.put("organisation", branch.getName());
		created.put("appliedOn", form.appliedOn());
		audit.record(AuditAction.CREATE, DEVELOPMENT, d.getId(), name, Change.created(created));
		return view(d, Map.of(branch.getId(), branch.getName()), true);
	}

	/**
	 * A step of the pipeline, if the rule allows it on the day; else 422 with the
	 * reasons.
	 */
	@Transactional
	DevelopmentView step(DataScope scope, long id, DevelopmentRule.Request request) {
		if (request.step() == null) {
			throw new Rejection("step", "party.required");
		}
		if (request.date() == null) {
			throw new Rejection("date", "party.required");
		}
		if (request.step() == DevelopmentStepKind.APPLICATION) {
			throw new Rejection("step", "party.step.applicationIsNew");
		}
		if (request.date().isAfter(today())) {
			throw new Rejection("date", "party.date.future", request.date().toString());
		}
		PartyDevelopment d = found(scope, id);
		DevelopmentRule.Params p = params(request.date());
		List<Reason> refused = DevelopmentRule.refusals(d, request, p, workingDays(request.date(), request.until()));
		if (!refused.isEmpty()) {
			throw new StepRefused(refused);
		}
		DevelopmentStage before = d.getStage();
		LocalDate probationEnd = d.getVotedOn() == null ? null : d.getVotedOn().plusMonths(p.probationMonths());
		d.apply(request, probationEnd, Actor.current());
		List<Change> changes = new ArrayList<>();
		changes.add(new Change("step", null, request.step().name()));
		changes.add(new Change("date", null, request.date().toString()));
		if (before != d.getStage()) {
			changes.add(new Change("stage", before.name(), d.getStage().name()));
		}
		if (request.reason() != null && !request.reason().isBlank()) {
			changes.add(new Change("reason", null, request.reason().strip()));
		}
		audit.record(AuditAction.UPDATE, DEVELOPMENT, d.getId(), d.getPersonName(), changes);
		return view(d, organisationNames(List.of(d.getOrganisationId())), true);
	}

	// Working days by the bureau's holiday calendar; a year without one counts Monday to
	// Friday.
	private Predicate<LocalDate> workingDays(LocalDate from, LocalDate to) {
		Map<LocalDate, HolidayKind> days = new HashMap<>();
		if (from != null && to != null && !to.isBefore(from) && to.getYear() - from.getYear() <= 1) {
			for (int y = from.getYear(); y <= to.getYear(); y++) {
				HolidayYear year = rules.holidayYear(y);
				for (HolidayDay day : year.days()) {
					days.put(day.date(), day.kind());
				}
			}
		}
		return day -> {
			HolidayKind kind = days.get(day);
			if (kind != null) {
				return kind == HolidayKind.WORK;
			}
			return day.getDayOfWeek().getValue() <= 5;
		};
	}

	private PartyDevelopment found(DataScope scope, long id) {
		return developments.findOne(this.<PartyDevelopment>within(scope).and(id(id)))
			.orElseThrow(() -> new NotFound("party development " + id));
	}

	@Transactional(readOnly = true)
	DevelopmentView development(DataScope scope, long id) {
		PartyDevelopment d = found(scope, id);
		return view(d, organisationNames(List.of(d.getOrganisationId())), true);
	}

	/** Pipelines in scope, at a stage or all, one page. */
	@Transactional(readOnly = true)
	Page<DevelopmentView> developments(DataScope scope, DevelopmentStage stage, int page, int size) {
		Specification<PartyDevelopment> where = within(scope);
		if (stage != null) {
			where = where.and((root, q, cb) -> cb.equal(root.get("stage"), stage));
		}
		Page<PartyDevelopment> found = developments.findAll(where,
				PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 200), Sort.by("appliedOn", "id")));
		Map<Long, String> names = organisationNames(
				found.getContent().stream().map(PartyDevelopment::getOrganisationId).toList());
		return found.map(d -> view(d, names, false));
	}

	/** Pipelines whose next step is past the day it was due by (谈话、考察、审批). */
	@Transactional(readOnly = true)
	List<DevelopmentView> overdue(DataScope scope) {
		List<PartyDevelopment> open = developments.findAll(overdueWhere(scope), Sort.by("appliedOn", "id"));
		Map<Long, String> names = organisationNames(open.stream().map(PartyDevelopment::getOrganisationId).toList());
		return open.stream().map(d -> view(d, names, false)).toList();
	}

	/** One page of {@link #overdue(DataScope)}, the due days compared in the query. */
	@Transactional(readOnly = true)
	Page<DevelopmentView> overdue(DataScope scope, int page, int size) {
		Page<PartyDevelopment> found = developments.findAll(overdueWhere(scope),
				Paging.request(page, size, 200, Sort.by("appliedOn", "id")));
		Map<Long, String> names = organisationNames(
				found.getContent().stream().map(PartyDevelopment::getOrganisationId).toList());
		return found.map(d -> view(d, names, false));
	}

	/**
	 * {@link DevelopmentRule#next}'s due days as date bounds: a step started on or before
	 * {@link #lastOverdueStart} of its months is past its due day today.
	 */
	private Specification<PartyDevelopment> overdueWhere(DataScope scope) {
		LocalDate today = today();
		DevelopmentRule.Params p = params(today);
		LocalDate talk = lastOverdueStart(today, p.talkMonths());
		LocalDate approval = lastOverdueStart(today, p.approvalMonths());
		int required = p.requiredAssessments();
		List<LocalDate> assessment = new ArrayList<>();
		for (int k = 0; k < required; k++) {
			assessment.add(lastOverdueStart(today, (long) p.assessmentMonths() * (k + 1)));
		}
		return this.<PartyDevelopment>within(scope).and((root, q, cb) -> {
			List<jakarta.persistence.criteria.Predicate> late = new ArrayList<>();
			late.add(cb.and(cb.equal(root.get("stage"), DevelopmentStage.APPLICANT), cb.isNull(root.get("talkedOn")),
					cb.lessThanOrEqualTo(root.get("appliedOn"), talk)));
			for (int k = 0; k < required; k++) {
				late.add(cb.and(cb.equal(root.get("stage"), DevelopmentStage.ACTIVIST),
						cb.equal(root.get("assessments"), k),
						cb.lessThanOrEqualTo(root.get("activistOn"), assessment.get(k))));
			}
			late.add(cb.and(cb.equal(root.get("stage"), DevelopmentStage.ADMITTED),
					cb.lessThanOrEqualTo(root.get("votedOn"), approval)));
			return cb.or(late.toArray(jakarta.persistence.criteria.Predicate[]::new));
		});
	}

	/**
	 * The last day a step may have started for its due day
	 * ({@code start.plusMonths(months)}) to lie before today; month ends make plusMonths
	 * not invertible, so both neighbours are checked.
	 */
	static LocalDate lastOverdueStart(LocalDate today, long months) {
		LocalDate start = today.minusMonths(months);
		while (!start.plusMonths(months).isBefore(today)) {
			start = start.minusDays(1);
		}
		while (start.plusDays(1).plusMonths(months).isBefore(today)) {
			start = start.plusDays(1);
		}
		return start;
	}

	private DevelopmentView view(PartyDevelopment d, Map<Long, String> names, boolean withSteps) {
		DevelopmentRule.Next next = DevelopmentRule.next(d, params(today()));
		boolean overdue = next.due() != null && today().isAfter(next.due());
		return new DevelopmentView(d.getId(), d.getStaffId(), d.getPersonName(), d.getOrganisationId(),
				names.get(d.getOrganisationId()), d.getUnitId(), d.getStage(), d.getAppliedOn(), d.getTalkedOn(),
				d.getActivistOn(), d.getAssessments(), d.getTargetOn(), d.getReviewedOn(), d.getTrainedOn(),
				d.getNoticeFrom(), d.getNoticeTo(), d.getVotedOn(), d.getApprovedOn(), d.getProbationEnd(),
				d.getConvertedOn(), d.getEndedOn(), next.step(), next.earliest(), next.due(), overdue, next.reasons(),
				withSteps ? d.getSteps().stream().map(DevelopmentStep::toView).toList() : List.of());
	}

	// ---- 三会一课

	@Transactional
	MeetingView recordMeeting(DataScope scope, PartyForms.MeetingForm form) {
		List<Problem> problems = new ArrayList<>();
		if (form.organisationId() == null) {
			problems.add(new Problem("organisationId", "party.required"));
		}
		if (form.kind() == null) {
			problems.add(new Problem("kind", "party.required"));
		}
		if (form.heldOn() == null) {
			problems.add(new Problem("heldOn", "party.required"));
		}
		else if (form.heldOn().isAfter(today())) {
			problems.add(new Problem("heldOn", "party.date.future", form.heldOn().toString()));
		}
		String topic = form.topic() == null ? "" : form.topic().strip();
		if (topic.isEmpty()) {
			problems.add(new Problem("topic", "party.required"));
		}
		else if (topic.length() > 200) {
			problems.add(new Problem("topic", "party.tooLong", 200));
		}
		if (form.present() == null || form.present() < 0) {
			problems.add(new Problem("present", "party.meeting.count"));
		}
		if (form.absent() != null && form.absent() < 0) {
			problems.add(new Problem("absent", "party.meeting.count"));
		}
		String notes = form.absenceNotes() == null ? null : form.absenceNotes().strip();
		if (notes != null && notes.length() > 500) {
			problems.add(new Problem("absenceNotes", "party.tooLong", 500));
		}
		int absent = form.absent() == null ? 0 : form.absent();
		if (absent > 0 && (notes == null || notes.isEmpty())) {
			problems.add(new Problem("absenceNotes", "party.meeting.absenceReasons"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		PartyOrganisation o = foundOrganisation(scope, form.organisationId());
		PartyMeeting m = meetings.save(new PartyMeeting(o, form.kind(), form.heldOn(), topic, form.present(), absent,
				notes == null || notes.isEmpty() ? null : notes, Actor.current()));
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("organisation", o.getName());
		created.put("kind", form.kind());
		created.put("heldOn", form.heldOn());
		created.put("topic", topic);
		created.put("present", form.present());
		created.put("absent", absent);
		audit.record(AuditAction.CREATE, MEETING, m.getId(), o.getName() + " " + form.kind(), Change.created(created));
		return m.toView(o.getName());
	}

	/** Meetings of a year in scope, optionally of one organisation, latest first. */
	@Transactional(readOnly = true)
	List<MeetingView> meetings(DataScope scope, Long organisationId, int year) {
		List<PartyMeeting> found = meetings.findAll(meetingsWhere(scope, organisationId, year),
				Sort.by(Sort.Direction.DESC, "heldOn", "id"));
		Map<Long, String> names = organisationNames(found.stream().map(PartyMeeting::getOrganisationId).toList());
		return found.stream().map(m -> m.toView(names.get(m.getOrganisationId()))).toList();
	}

	/** One page of {@link #meetings(DataScope, Long, int)}, paged in the query. */
	@Transactional(readOnly = true)
	Page<MeetingView> meetings(DataScope scope, Long organisationId, int year, int page, int size) {
		Page<PartyMeeting> found = meetings.findAll(meetingsWhere(scope, organisationId, year),
				Paging.request(page, size, MAX_PAGE_SIZE, Sort.by(Sort.Direction.DESC, "heldOn", "id")));
		Map<Long, String> names = organisationNames(
				found.getContent().stream().map(PartyMeeting::getOrganisationId).toList());
		return found.map(m -> m.toView(names.get(m.getOrganisationId())));
	}

	private Specification<PartyMeeting> meetingsWhere(DataScope scope, Long organisationId, int year) {
		Specification<PartyMeeting> where = this.<PartyMeeting>within(scope)
			.and((root, q, cb) -> cb.between(root.get("heldOn"), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
		if (organisationId != null) {
			where = where.and((root, q, cb) -> cb.equal(root.get("organisationId"), organisationId));
		}
		return where;
	}

	long countMeetings(DataScope scope, LocalDate from, LocalDate to) {
		return meetings.count(this.<PartyMeeting>within(scope)
			.and((root, q, cb) -> cb.between(root.get("heldOn"), from, to))
			.and((root, q, cb) -> cb.notEqual(root.get("kind"), MeetingKind.THEMED_ACTIVITY)));
	}

	/**
	 * 三会一课 compliance of every branch in scope for a year: each kind's periods (of its
	 * local parameter's months) that have ended before {@code until} must each hold one
	 * meeting at least.
	 */
	@Transactional(readOnly = true)
	List<MeetingCompliance> compliance(DataScope scope, int year, LocalDate until) {
		return compliance(scope, organisations.findAll(branchesWhere(scope), Sort.by("unitPath", "id")), year, until,
				false);
	}

	/**
	 * One page of {@link #compliance(DataScope, int, LocalDate)}: the branches are paged
	 * in the query, then only their meetings are read.
	 */
	@Transactional(readOnly = true)
	Page<MeetingCompliance> compliance(DataScope scope, int year, LocalDate until, int page, int size) {
		Page<PartyOrganisation> branches = organisations.findAll(branchesWhere(scope),
				Paging.request(page, size, MAX_PAGE_SIZE, Sort.by("unitPath", "id")));
		return new PageImpl<>(compliance(scope, branches.getContent(), year, until, true), branches.getPageable(),
				branches.getTotalElements());
	}

	private Specification<PartyOrganisation> branchesWhere(DataScope scope) {
		return this.<PartyOrganisation>within(scope)
			.and((root, q, cb) -> cb.equal(root.get("kind"), OrganisationKind.BRANCH))
			.and((root, q, cb) -> cb.isTrue(root.get("active")));
	}

	private List<MeetingCompliance> compliance(DataScope scope, List<PartyOrganisation> branches, int year,
			LocalDate until, boolean ofTheseOnly) {
		List<Long> branchIds = branches.stream().map(PartyOrganisation::getId).toList();
		if (ofTheseOnly && branchIds.isEmpty()) {
			return List.of();
		}
		Specification<PartyMeeting> ofYear = this.<PartyMeeting>within(scope)
			.and((root, q, cb) -> cb.between(root.get("heldOn"), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
		if (ofTheseOnly) {
			ofYear = ofYear.and((root, q, cb) -> root.get("organisationId").in(branchIds));
		}
		Map<Long, Map<MeetingKind, List<LocalDate>>> held = new HashMap<>();
		meetings.findAll(ofYear)
			.forEach(m -> held.computeIfAbsent(m.getOrganisationId(), k -> new EnumMap<>(MeetingKind.class))
				.computeIfAbsent(m.getKind(), k -> new ArrayList<>())
				.add(m.getHeldOn()));
		LocalDate asOf = LocalDate.of(year, 12, 31);
		List<MeetingCompliance> result = new ArrayList<>();
		for (PartyOrganisation b : branches) {
			List<MeetingCompliance.KindPeriods> kinds = new ArrayList<>();
			List<Reason> reasons = new ArrayList<>();
			boolean compliant = true;
			for (MeetingKind kind : MeetingKind.values()) {
				if (kind.interval() == null) {
					continue;
				}
				int months = rules.parameter(kind.interval(), asOf).intValue();
				List<LocalDate> dates = held.getOrDefault(b.getId(), Map.of()).getOrDefault(kind, List.of());
				List<MeetingCompliance.Period> periods = new ArrayList<>();
				for (YearMonth start = YearMonth.of(year, 1); start.getYear() == year; start = start
					.plusMonths(months)) {
					LocalDate from = start.atDay(1);
					LocalDate to = start.plusMonths(months - 1L).atEndOfMonth();
					if (to.getYear() != year) {
						to = asOf;
					}
					if (!to.isBefore(until)) {
						break;
					}
					LocalDate f = from;
					LocalDate t = to;
					int n = (int) dates.stream().filter(d -> !d.isBefore(f) && !d.isAfter(t)).count();
					periods.add(new MeetingCompliance.Period(from, to, n));
					if (n == 0) {
						compliant = false;
						reasons.add(new Reason(PolicyRule.PARTY_BRANCH_WORK, "party.reason.meeting.missing",
								"enum.MeetingKind." + kind.name(), from.toString(), to.toString(), months));
					}
				}
				kinds.add(new MeetingCompliance.KindPeriods(kind, months, periods));
			}
			if (compliant) {
				reasons.add(new Reason(PolicyRule.PARTY_BRANCH_WORK, "party.reason.meeting.met"));
			}
			result.add(new MeetingCompliance(b.getId(), b.getName(), kinds, compliant, reasons));
		}
		return result;
	}

	// ---- counts for the figure book

	long countOrganisations(DataScope scope, OrganisationKind kind) {
		return organisations.count(this.<PartyOrganisation>within(scope)
			.and((root, q, cb) -> cb.equal(root.get("kind"), kind))
			.and((root, q, cb) -> cb.isTrue(root.get("active"))));
	}

	/** Pipelines at a stage on a day (the stage reached by then and not left). */
	List<PartyDevelopment> atStageOn(DataScope scope, DevelopmentStage stage, LocalDate on) {
		return developments.findAll(within(scope), Sort.by("appliedOn", "id"))
			.stream()
			.filter(d -> stageOn(d, on) == stage)
			.toList();
	}

	/**
	 * Pipelines whose step fell in a period: approvals (new probationary) or conversions.
	 */
	List<PartyDevelopment> steppedBetween(DataScope scope, DevelopmentStepKind step, LocalDate from, LocalDate to) {
		String attribute = step == DevelopmentStepKind.FULL_MEMBER ? "convertedOn" : "approvedOn";
		return developments.findAll(
				this.<PartyDevelopment>within(scope).and((root, q, cb) -> cb.between(root.get(attribute), from, to)),
				Sort.by(attribute, "id"));
	}

	// The stage as it stood at the end of a day, from the step dates.
	static DevelopmentStage stageOn(PartyDevelopment d, LocalDate on) {
		if (d.getAppliedOn().isAfter(on)) {
			return null;
		}
		if (d.getEndedOn() != null && !d.getEndedOn().isAfter(on)) {
			return DevelopmentStage.DISQUALIFIED;
		}
		if (d.getConvertedOn() != null && !d.getConvertedOn().isAfter(on)) {
			return DevelopmentStage.FULL_MEMBER;
		}
		if (d.getApprovedOn() != null && !d.getApprovedOn().isAfter(on)) {
			return DevelopmentStage.PROBATIONARY;
		}
		if (d.getVotedOn() != null && !d.getVotedOn().isAfter(on)) {
			return DevelopmentStage.ADMITTED;
		}
		if (d.getTargetOn() != null && !d.getTargetOn().isAfter(on)) {
			return DevelopmentStage.DEVELOPMENT_TARGET;
		}
		if (d.getActivistOn() != null && !d.getActivistOn().isAfter(on)) {
			return DevelopmentStage.ACTIVIST;
		}
		return DevelopmentStage.APPLICANT;
	}

	Map<Long, String> organisationNamesOf(Collection<Long> ids) {
		return organisationNames(ids);
	}

}
