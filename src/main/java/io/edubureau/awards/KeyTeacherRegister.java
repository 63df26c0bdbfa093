package io.edubureau.awards;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.awards.Views.KeyTeacherCheckView;
import io.edubureau.awards.Views.KeyTeacherView;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.ScopeKind;
import io.edubureau.org.UnitView;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.rules.LocalParameter;
import io.edubureau.rules.RulesManagement;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffStatus;
import io.edubureau.staff.StaffView;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Key teachers (骨干教师、学科带头人、名师、首席教师, rule {@code KEY_TEACHER_SELECTION}): a designation
 * per person, kind and level for a term of {@code keyTeachers.termYears} years, its
 * conditions checked with reasons on the first day, reviewed at term end (renewed or
 * lapsed) or revoked, every transition a history row and audited. The person's backbone
 * and academic-leader flags in staff follow the designations in force: set here on every
 * change and by the nightly run for terms starting or ending by the calendar. A person is
 * seen by the unit kept on the designation, the person's unit, refreshed nightly (the
 * data scope, applied in the list's query).
 */
@Service
class KeyTeacherRegister {

	static final String ENTITY = "awards.keyTeacher";

	/** A term is reviewed in its last three months or after its end. */
	static final int REVIEW_WINDOW_MONTHS = 3;

	private final StaffManagement staff;

	private final OrgManagement org;

	private final RulesManagement rules;

	private final AuditManagement audit;

	private final KeyTeacherRepository designations;

	private final KeyTeacherStepRepository steps;

	private final KeyTeacherEligibility eligibility;

	private final Clock clock = Clock.systemDefaultZone();

	KeyTeacherRegister(StaffManagement staff, OrgManagement org, RulesManagement rules, AuditManagement audit,
			KeyTeacherRepository designations, KeyTeacherStepRepository steps, KeyTeacherEligibility eligibility) {
		this.staff = staff;
		this.org = org;
		this.rules = rules;
		this.audit = audit;
		this.designations = designations;
		this.steps = steps;
		this.eligibility = eligibility;
	}

	/** The last day of a term starting on the day: the term's whole years less a day. */
	LocalDate termEnd(LocalDate start) {
		int years = rules.parameter(LocalParameter.KEY_TEACHER_TERM_YEARS, start).intValue();
		return start.plusYears(years).minusDays(1);
	}

	/** Whether a person in scope may be designated at the level on the day, and why. */
	@Transactional(readOnly = true)
	public KeyTeacherCheckView check(DataScope scope, long staffId, KeyTeacherLevel level, LocalDate on) {
		List<Rejection.Problem> problems = new ArrayList<>();
		if (level == null) {
			problems.add(new Rejection.Problem("level", "keyTeachers.level.required"));
		}
		if (on == null) {
			problems.add(new Rejection.Problem("on", "awards.day.required"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		StaffView p = staff.get(scope, staffId);
		KeyTeacherEligibility.Decision d = eligibility.decide(scope, p, level, on);
		return new KeyTeacherCheckView(p.id(), p.name(), level.name(), on, d.eligible(), d.reasons());
	}

	/**
	 * Designates a person in scope: refused with every reason when a condition is not met
	 * on the first day, and when the person already holds the same kind at the same level
	 * for a term that overlaps.
	 */
	@Transactional
	public KeyTeacherView designate(DataScope scope, Forms.DesignationForm form) {
		List<Rejection.Problem> problems = new ArrayList<>(
				AwardsManagement.text("documentNumber", form.documentNumber(), 60, true));
		problems.addAll(AwardsManagement.text("subject", form.subject(), 30, false));
		if (form.staffId() == null) {
			problems.add(new Rejection.Problem("staffId", "keyTeachers.staff.required"));
		}
		if (form.kind() == null) {
			problems.add(new Rejection.Problem("kind", "keyTeachers.kind.required"));
		}
		if (form.level() == null) {
			problems.add(new Rejection.Problem("level", "keyTeachers.level.required"));
		}
		if (form.startOn() == null) {
			problems.add(new Rejection.Problem("startOn", "awards.day.required"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		StaffView p = staff.get(scope, form.staffId());
		if (p.status() != StaffStatus.ACTIVE) {
			throw new Rejection("staffId", "keyTeachers.staff.inactive", p.name());
		}
		LocalDate end = termEnd(form.startOn());
		requireNoOverlap(p, form.kind(), form.level(), form.startOn(), end, null);
		requireEligible(scope, p, form.level(), form.startOn());
		String subject = form.subject() == null || form.subject().isBlank() ? p.subject() : form.subject().strip();
		KeyTeacher k = designations.save(new KeyTeacher(p.id(), p.name(), p.unitId(), form.kind(), form.level(),
				subject, form.startOn(), end, form.documentNumber().strip(), null));
		steps.save(new KeyTeacherStep(k.getId(), null, k.getStatus().name(), form.startOn(), null));
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("staffId", p.id());
		created.put("kind", form.kind().name());
		created.put("level", form.level().name());
		created.put("startOn", form.startOn().toString());
		created.put("endOn", end.toString());
		created.put("documentNumber", form.documentNumber().strip());
		audit.record(AuditAction.CREATE, ENTITY, k.getId(), p.name(), Change.created(created));
		syncFlags(List.of(p.id()), today());
		return k.toView(p.unitName());
	}

	private void requireNoOverlap(StaffView p, KeyTeacherKind kind, KeyTeacherLevel level, LocalDate start,
			LocalDate end, Long except) {
		for (KeyTeacher other : designations.findByStaffIdOrderByStartOnAscIdAsc(p.id())) {
			boolean live = other.getStatus() == KeyTeacherStatus.IN_FORCE
					|| other.getStatus() == KeyTeacherStatus.RENEWED;
			if (live && !other.getId().equals(except) && other.getKind() == kind && other.getLevel() == level
					&& !other.getStartOn().isAfter(end) && !other.getEndOn().isBefore(start)) {
				throw new Rejection("staffId", "keyTeachers.overlap", p.name(), other.getStartOn().toString(),
						other.getEndOn().toString());
			}
		}
	}

	private void requireEligible(DataScope scope, StaffView p, KeyTeacherLevel level, LocalDate on) {
		KeyTeacherEligibility.Decision d = eligibility.decide(scope, p, level, on);
		if (!d.eligible()) {
			// Each reason as the rules module words it, naming its source.
			Locale locale = LocaleContextHolder.getLocale();
			throw new Rejection(d.refusals()
				.stream()
				.map(reason -> new Rejection.Problem("staffId", "keyTeachers.check.refused",
						rules.explain(reason, locale)))
				.toList());
		}
	}

	private KeyTeacher designation(DataScope scope, long id) {
		KeyTeacher k = designations.findById(id).orElseThrow(() -> new NotFound("key teacher " + id));
		if (staff.visibleIds(scope, List.of(k.getStaffId())).isEmpty()) {
			throw new NotFound("key teacher " + id);
		}
		return k;
	}

	/**
	 * The review at term end (from three months before the last day): renewed — the
	 * conditions asked again on the review day, a new term from the day after the last —
	 * or lapsed, with its note.
	 */
	@Transactional
	public KeyTeacherView review(DataScope scope, long id, Forms.TermReviewForm form) {
		KeyTeacher k = designation(scope, id);
		List<Rejection.Problem> problems = new ArrayList<>(AwardsManagement.text("note", form.note(), 500, false));
		if (form.renew() == null) {
			problems.add(new Rejection.Problem("renew", "keyTeachers.review.decision"));
		}
		if (form.on() == null) {
			problems.add(new Rejection.Problem("on", "awards.day.required"));
		}
		if (Boolean.TRUE.equals(form.renew())) {
			problems.addAll(AwardsManagement.text("documentNumber", form.documentNumber(), 60, true));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		LocalDate opens = k.getEndOn().minusMonths(REVIEW_WINDOW_MONTHS).plusDays(1);
		if (form.on().isBefore(opens)) {
			throw new Rejection("on", "keyTeachers.review.early", form.on().toString(), opens.toString(),
					k.getEndOn().toString());
		}
		String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
		if (!Boolean.TRUE.equals(form.renew())) {
			// Lapsed on the review day, or the day after the term when reviewed later.
			LocalDate lapsesOn = form.on().isAfter(k.getEndOn()) ? k.getEndOn().plusDays(1) : form.on();
			step(k, KeyTeacherStatus.LAPSED, lapsesOn, note);
			return viewOf(k);
		}
		StaffView p = staff.get(scope, k.getStaffId());
		if (p.status() != StaffStatus.ACTIVE) {
			throw new Rejection("staffId", "keyTeachers.staff.inactive", p.name());
		}
		requireEligible(scope, p, k.getLevel(), form.on());
		LocalDate start = k.getEndOn().plusDays(1);
		step(k, KeyTeacherStatus.RENEWED, form.on(), note);
		KeyTeacher next = designations.save(new KeyTeacher(p.id(), p.name(), p.unitId(), k.getKind(), k.getLevel(),
				k.getSubject(), start, termEnd(start), form.documentNumber().strip(), k.getId()));
		steps.save(new KeyTeacherStep(next.getId(), null, next.getStatus().name(), start, "renews " + k.getId()));
		audit.record(AuditAction.CREATE, ENTITY, next.getId(), p.name() + " (renewal of " + k.getId() + ")",
				Change.created(Map.of("previousId", k.getId(), "startOn", start.toString(), "endOn",
						next.getEndOn().toString(), "documentNumber", form.documentNumber().strip())));
		syncFlags(List.of(p.id()), today());
		return next.toView(p.unitName());
	}

	/**
	 * Revokes a designation within its term from the day (a note is required), and the
	 * renewals that follow it.
	 */
	@Transactional
	public KeyTeacherView revoke(DataScope scope, long id, Forms.DayForm form) {
		KeyTeacher k = designation(scope, id);
		List<Rejection.Problem> problems = new ArrayList<>(
				AwardsManagement.text("note", form == null ? null : form.note(), 500, true));
		if (form == null || form.on() == null) {
			problems.add(new Rejection.Problem("on", "awards.day.required"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		if (form.on().isBefore(k.getStartOn()) || form.on().isAfter(k.getEndOn())) {
			throw new Rejection("on", "keyTeachers.revoke.outside", form.on().toString(), k.getStartOn().toString(),
					k.getEndOn().toString());
		}
		step(k, KeyTeacherStatus.REVOKED, form.on(), form.note().strip());
		// The renewal that would follow ends with it, from its first day.
		for (KeyTeacher next = successor(k); next != null; next = successor(next)) {
			step(next, KeyTeacherStatus.REVOKED, next.getStartOn(), form.note().strip());
		}
		return viewOf(k);
	}

	private KeyTeacher successor(KeyTeacher k) {
		return designations.findByPreviousId(k.getId())
			.stream()
			.filter(n -> n.getStatus().next().contains(KeyTeacherStatus.REVOKED))
			.findFirst()
			.orElse(null);
	}

	private void step(KeyTeacher k, KeyTeacherStatus to, LocalDate on, String note) {
		KeyTeacherStatus from = k.getStatus();
		k.move(to, on, note);
		steps.save(new KeyTeacherStep(k.getId(), from.name(), to.name(), on, note));
		audit.record(AuditAction.UPDATE, ENTITY, k.getId(), k.getStaffName() + ": " + from + " → " + to,
				List.of(new Change("status", from.name(), to.name())));
		syncFlags(List.of(k.getStaffId()), today());
	}

	private KeyTeacherView viewOf(KeyTeacher k) {
		StaffView p = staff.visible(DataScope.all(), List.of(k.getStaffId())).get(k.getStaffId());
		return k.toView(p == null ? null : p.unitName());
	}

	@Transactional(readOnly = true)
	public KeyTeacherView get(DataScope scope, long id) {
		return viewOf(designation(scope, id));
	}

	@Transactional(readOnly = true)
	public List<Views.StepView> history(DataScope scope, long id) {
		designation(scope, id);
		return steps.findByKeyTeacherIdOrderByIdAsc(id).stream().map(KeyTeacherStep::toView).toList();
	}

	/**
	 * A page of the designations of the people the scope sees (by the unit kept on each
	 * designation, the person's unit, refreshed nightly), by unit and name; only those in
	 * force on {@code on} when it is given. Scope, day and page are applied in the query.
	 */
	@Transactional(readOnly = true)
	public Page<KeyTeacherView> list(DataScope scope, LocalDate on, Pageable page) {
		Page<KeyTeacher> found = designations.findAll(scoped(scope).and(inForce(on)),
				PageRequest.of(page.getPageNumber(), page.getPageSize(), LIST_ORDER));
		Map<Long, UnitView> units = org
			.byIds(found.getContent().stream().map(KeyTeacher::getUnitId).distinct().toList());
		return found.map(k -> k.toView(units.containsKey(k.getUnitId()) ? units.get(k.getUnitId()).name() : ""));
	}

	/**
	 * Every designation the scope sees, as {@link #list(DataScope, LocalDate, Pageable)}.
	 */
	@Transactional(readOnly = true)
	public List<KeyTeacherView> list(DataScope scope, LocalDate on) {
		List<KeyTeacher> all = designations.findAll(scoped(scope).and(inForce(on)), LIST_ORDER);
		Map<Long, UnitView> units = org.byIds(all.stream().map(KeyTeacher::getUnitId).distinct().toList());
		return all.stream()
			.map(k -> k.toView(units.containsKey(k.getUnitId()) ? units.get(k.getUnitId()).name() : ""))
			.toList();
	}

	private static final Sort LIST_ORDER = Sort.by("unitId", "staffName", "startOn", "id");

	// A teacher's own scope sees their own designations; any other scope by the unit.
	private Specification<KeyTeacher> scoped(DataScope scope) {
		if (scope.kind() == ScopeKind.SELF) {
			Long me = scope.staffId();
			return me == null ? (r, q, cb) -> cb.disjunction() : (r, q, cb) -> cb.equal(r.get("staffId"), me);
		}
		return org.unitIdScope(scope, "unitId");
	}

	// As KeyTeacher.inForceOn, in the query.
	private static Specification<KeyTeacher> inForce(LocalDate on) {
		if (on == null) {
			return (r, q, cb) -> cb.conjunction();
		}
		return (r, q, cb) -> cb.and(cb.lessThanOrEqualTo(r.get("startOn"), on),
				cb.greaterThanOrEqualTo(r.get("endOn"), on),
				cb.or(r.get("status").in(KeyTeacherStatus.IN_FORCE, KeyTeacherStatus.RENEWED),
						cb.isNull(r.get("decidedOn")), cb.greaterThan(r.<LocalDate>get("decidedOn"), on)));
	}

	/** The designations of one person in scope, oldest first. */
	@Transactional(readOnly = true)
	public List<KeyTeacherView> of(DataScope scope, long staffId) {
		StaffView p = staff.get(scope, staffId);
		return designations.findByStaffIdOrderByStartOnAscIdAsc(p.id())
			.stream()
			.map(k -> k.toView(p.unitName()))
			.toList();
	}

	/** The designations whose term overlaps the two days, for the figures; unscoped. */
	@Transactional(readOnly = true)
	List<KeyTeacher> overlapping(LocalDate from, LocalDate to) {
		return designations.overlapping(from, to);
	}

	/**
	 * Sets each person's flags in staff from the designations in force on the day: any
	 * kind makes a backbone teacher, 学科带头人 also an academic leader. People never
	 * designated keep the flag staff recorded before designations were kept.
	 */
	@Transactional
	public int syncFlags(Collection<Long> staffIds, LocalDate day) {
		if (staffIds.isEmpty()) {
			return 0;
		}
		Map<Long, List<KeyTeacher>> byPerson = new LinkedHashMap<>();
		for (KeyTeacher k : designations.findByStaffIdIn(Set.copyOf(staffIds))) {
			byPerson.computeIfAbsent(k.getStaffId(), x -> new ArrayList<>()).add(k);
		}
		byPerson.forEach((person, held) -> {
			List<KeyTeacher> inForce = held.stream().filter(k -> k.inForceOn(day)).toList();
			boolean leader = inForce.stream().anyMatch(k -> k.getKind() == KeyTeacherKind.ACADEMIC_LEADER);
			staff.markKeyTeacher(person, !inForce.isEmpty(), leader, "key-teacher designations on " + day);
		});
		return byPerson.size();
	}

	/**
	 * The nightly run: the people whose term starts today, ended yesterday, or is revoked
	 * or lapses from today.
	 */
	@Transactional
	public int syncFlagsForDay(LocalDate day) {
		relocate(day);
		return syncFlags(designations.turningOn(day, day.minusDays(1)), day);
	}

	/**
	 * Each designation not ended takes the person's unit today, so the list's scope
	 * follows a transfer by the next night.
	 */
	@Transactional
	public int relocate(LocalDate day) {
		List<KeyTeacher> open = designations.notEndedBefore(day);
		Map<Long, StaffView> people = staff.visible(DataScope.all(),
				open.stream().map(KeyTeacher::getStaffId).distinct().toList());
		int moved = 0;
		for (KeyTeacher k : open) {
			StaffView p = people.get(k.getStaffId());
			if (p != null && p.unitId() != k.getUnitId()) {
				k.relocate(p.unitId());
				moved++;
			}
		}
		return moved;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
