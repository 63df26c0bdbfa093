package io.edubureau.recruitment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.recruitment.AppointmentCandidate.CandidateView;
import io.edubureau.recruitment.PostAppointment.PostView;
import io.edubureau.rules.LocalParameter;
import io.edubureau.rules.Reason;
import io.edubureau.rules.RulesManagement;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffStatus;
import io.edubureau.staff.StaffView;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Post setting (岗位设置) and competitive appointment (竞聘上岗): each unit's dated plan of posts
 * by grade within the structure ratio, each person's appointment to a post at a grade
 * within the plan and their title, and the competitive appointment that appoints the
 * best-ranked and records the handling of those unplaced (落聘). Every change is audited,
 * every refusal carries its reasons.
 */
@Service
class PostSetting {

	static final String PLAN = "recruitment.postPlan";

	static final String POST = "recruitment.post";

	static final String APPOINTMENT_ROUND = "recruitment.appointment";

	static final String STEP_KIND = "APPOINTMENT";

	private final PostPlanRepository plans;

	private final PostAppointmentRepository posts;

	private final AppointmentRoundRepository rounds;

	private final AppointmentCandidateRepository candidates;

	private final RecruitmentStepRepository steps;

	private final OrgManagement org;

	private final StaffManagement staff;

	private final RulesManagement rules;

	private final AuditManagement audit;

	private final Clock clock;

	PostSetting(PostPlanRepository plans, PostAppointmentRepository posts, AppointmentRoundRepository rounds,
			AppointmentCandidateRepository candidates, RecruitmentStepRepository steps, OrgManagement org,
			StaffManagement staff, RulesManagement rules, AuditManagement audit, ObjectProvider<Clock> clock) {
		this.plans = plans;
		this.posts = posts;
		this.rounds = rounds;
		this.candidates = candidates;
		this.steps = steps;
		this.org = org;
		this.staff = staff;
		this.rules = rules;
		this.audit = audit;
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** A unit's plan from a date: posts per grade. */
	record PlanView(long unitId, LocalDate effectiveFrom, String document, Map<PostGrade, Integer> posts) {
	}

	/** One grade of a unit on a day: posts planned, held, vacant. */
	record PostLine(PostGrade grade, int planned, int held, int vacant) {
	}

	/** A competitive appointment with its candidates and history. */
	@Schema(name = "PostAppointmentView")
	record AppointmentView(long id, long unitId, String unitName, String title, LocalDate heldOn, PostGrade grade,
			int posts, CompetitiveAppointment.Status status, List<CandidateView> candidates,
			List<Views.StepView> history) {
	}

	/** Records of units in the scope, by unit id or tree path; fail-closed. */
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

	@EventListener
	void on(UnitMoved moved) {
		plans.moveUnitPaths(moved.oldPath(), moved.newPath());
		posts.moveUnitPaths(moved.oldPath(), moved.newPath());
		rounds.moveUnitPaths(moved.oldPath(), moved.newPath());
	}

	// ---- plans

	/** Every plan of a unit, the latest first. */
	@Transactional(readOnly = true)
	List<PlanView> plans(DataScope scope, long unitId) {
		org.get(scope, unitId);
		Map<LocalDate, PlanView> found = new LinkedHashMap<>();
		for (PostPlan p : plans.findByUnitIdOrderByEffectiveFromDescGradeAsc(unitId)) {
			found
				.computeIfAbsent(p.getEffectiveFrom(),
						d -> new PlanView(unitId, d, p.getDocument(), new EnumMap<>(PostGrade.class)))
				.posts()
				.put(p.getGrade(), p.getPosts());
		}
		return List.copyOf(found.values());
	}

	/**
	 * The plan in force on a day: the latest from that day or before; empty when none.
	 */
	Map<PostGrade, Integer> planOn(long unitId, LocalDate on) {
		Map<PostGrade, Integer> plan = new EnumMap<>(PostGrade.class);
		LocalDate from = null;
		for (PostPlan p : plans.findByUnitIdOrderByEffectiveFromDescGradeAsc(unitId)) {
			if (p.getEffectiveFrom().isAfter(on)) {
				continue;
			}
			if (from == null) {
				from = p.getEffectiveFrom();
			}
			if (p.getEffectiveFrom().equals(from)) {
				plan.put(p.getGrade(), p.getPosts());
			}
		}
		return plan;
	}

	/**
	 * Sets a unit's plan from a date; refused, with the reasons, when it breaks the
	 * structure ratio in force on that date or a plan from that date exists.
	 */
	@Transactional
	PlanView setPlan(DataScope scope, PostForms.PlanForm form) {
		List<Problem> problems = new ArrayList<>();
		if (form == null || form.unitId() == null) {
			problems.add(new Problem("unitId", "recruitment.required"));
		}
		if (form == null || form.effectiveFrom() == null) {
			problems.add(new Problem("effectiveFrom", "recruitment.required"));
		}
		if (form == null || form.document() == null || form.document().isBlank()) {
			problems.add(new Problem("document", "recruitment.required"));
		}
		else if (form.document().length() > 100) {
			problems.add(new Problem("document", "recruitment.document.size"));
		}
		if (form == null || form.posts() == null || form.posts().isEmpty()) {
			problems.add(new Problem("posts", "recruitment.required"));
		}
		else {
			form.posts().forEach((grade, n) -> {
				if (grade == null || n == null || n < 0 || n > 10000) {
					problems.add(new Problem("posts", "recruitment.posts.range"));
				}
			});
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		UnitView unit = org.get(scope, form.unitId());
		if (!org.isWithin(scope, unit.id())) {
			throw new NotFound("unit " + unit.id());
		}
		boolean exists = plans.findByUnitIdOrderByEffectiveFromDescGradeAsc(unit.id())
			.stream()
			.anyMatch(p -> p.getEffectiveFrom().equals(form.effectiveFrom()));
		if (exists) {
			throw new Rejection("effectiveFrom", "recruitment.plan.exists", form.effectiveFrom().toString());
		}
		Map<PostGrade, Integer> lines = new TreeMap<>(form.posts());
		PostRules.Decision check = structure(lines, form.effectiveFrom());
		if (!check.allowed()) {
			throw refusal("posts", check.reasons());
		}
		lines.forEach((grade, n) -> plans.save(new PostPlan(unit.id(), unit.path(), form.effectiveFrom(),
				form.document().trim(), grade, n, Actor.current())));
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("unit", unit.name());
		values.put("effectiveFrom", form.effectiveFrom());
		values.put("document", form.document().trim());
		lines.forEach((grade, n) -> values.put(grade.name(), n));
		audit.record(AuditAction.CREATE, PLAN, unit.id(), unit.name(), Change.created(values));
		return new PlanView(unit.id(), form.effectiveFrom(), form.document().trim(), new EnumMap<>(lines));
	}

	/** The structure ratio of a plan with the shares in force on its date. */
	PostRules.Decision structure(Map<PostGrade, Integer> plan, LocalDate on) {
		return PostRules.structure(plan, rules.parameter(LocalParameter.POST_SENIOR_SHARE, on).intValue(),
				rules.parameter(LocalParameter.POST_MIDDLE_SHARE, on).intValue());
	}

	static Rejection refusal(String field, List<Reason> reasons) {
		return new Rejection(reasons.stream()
			.filter(r -> r.messageKey().endsWith(".exceeds") || r.messageKey().endsWith(".full")
					|| r.messageKey().endsWith(".titleShort"))
			.map(r -> new Problem(field, r.messageKey(), r.args().toArray()))
			.toList());
	}

	/**
	 * A unit's professional-technical posts by band on a day under the plan in force, or
	 * empty when no plan with professional posts is in force that day.
	 */
	@Transactional(readOnly = true)
	Optional<PostVacancies> vacancies(long unitId, LocalDate on) {
		LocalDate from = null;
		String document = null;
		Map<PostVacancies.GradeBand, Integer> planned = new EnumMap<>(PostVacancies.GradeBand.class);
		for (PostPlan p : plans.findByUnitIdOrderByEffectiveFromDescGradeAsc(unitId)) {
			if (p.getEffectiveFrom().isAfter(on) || (from != null && !p.getEffectiveFrom().equals(from))) {
				continue;
			}
			from = p.getEffectiveFrom();
			document = p.getDocument();
			PostVacancies.GradeBand band = PostVacancies.GradeBand.of(p.getGrade());
			if (band != null) {
				planned.merge(band, p.getPosts(), Integer::sum);
			}
		}
		if (planned.values().stream().mapToInt(Integer::intValue).sum() == 0) {
			return Optional.empty();
		}
		Map<PostVacancies.GradeBand, Integer> held = new EnumMap<>(PostVacancies.GradeBand.class);
		for (PostAppointment a : posts.findByUnitId(unitId)) {
			PostVacancies.GradeBand band = PostVacancies.GradeBand.of(a.getGrade());
			boolean covers = !a.getFromDate().isAfter(on) && (a.getToDate() == null || !a.getToDate().isBefore(on));
			if (band != null && covers) {
				held.merge(band, 1, Integer::sum);
			}
		}
		List<PostVacancies.Band> bands = new ArrayList<>();
		for (PostVacancies.GradeBand b : PostVacancies.GradeBand.values()) {
			int p = planned.getOrDefault(b, 0);
			int h = held.getOrDefault(b, 0);
			bands.add(new PostVacancies.Band(b, p, h, Math.max(0, p - h)));
		}
		return Optional.of(new PostVacancies(unitId, on, from, document, bands));
	}

	/** A unit's grades on a day: planned, held, vacant. */
	@Transactional(readOnly = true)
	List<PostLine> lines(DataScope scope, long unitId, LocalDate on) {
		org.get(scope, unitId);
		Map<PostGrade, Integer> plan = planOn(unitId, on);
		Map<PostGrade, Integer> held = new EnumMap<>(PostGrade.class);
		for (PostAppointment a : posts.findByUnitIdAndToDateIsNull(unitId)) {
			held.merge(a.getGrade(), 1, Integer::sum);
		}
		List<PostLine> found = new ArrayList<>();
		for (PostGrade g : PostGrade.values()) {
			int p = plan.getOrDefault(g, 0);
			int h = held.getOrDefault(g, 0);
			if (p > 0 || h > 0) {
				found.add(new PostLine(g, p, h, Math.max(0, p - h)));
			}
		}
		return found;
	}

	/**
	 * Each unit's grades with posts planned or held today, over the units of the scope.
	 */
	@Transactional(readOnly = true)
	List<UnitLine> unitLines(DataScope scope) {
		Map<Long, String> units = new TreeMap<>();
		plans.findAll(this.<PostPlan>within(scope)).forEach(p -> units.put(p.getUnitId(), ""));
		posts.findAll(this.<PostAppointment>within(scope).and((root, q, cb) -> cb.isNull(root.get("toDate"))))
			.forEach(a -> units.put(a.getUnitId(), ""));
		org.byIds(units.keySet()).forEach((id, u) -> units.put(id, u.name()));
		List<UnitLine> found = new ArrayList<>();
		for (var unit : units.entrySet()) {
			for (PostLine line : lines(scope, unit.getKey(), today())) {
				found.add(new UnitLine(unit.getKey(), unit.getValue(), line));
			}
		}
		return found;
	}

	/** A unit's line of posts at a grade. */
	record UnitLine(long unitId, String unitName, PostLine line) {
	}

	/** The current appointments of the scope at a grade. */
	@Transactional(readOnly = true)
	List<PostView> holders(DataScope scope, PostGrade grade) {
		return posts
			.findAll(this.<PostAppointment>within(scope)
				.and((root, q, cb) -> cb.and(cb.isNull(root.get("toDate")), cb.equal(root.get("grade"), grade))))
			.stream()
			.map(PostAppointment::toView)
			.sorted(Comparator.comparing(PostView::staffName))
			.toList();
	}

	/** Posts planned and held per grade over the units of the scope, today. */
	@Transactional(readOnly = true)
	Map<PostGrade, int[]> totals(DataScope scope) {
		Map<PostGrade, int[]> totals = new EnumMap<>(PostGrade.class);
		Map<Long, Boolean> units = new HashMap<>();
		plans.findAll(this.<PostPlan>within(scope)).forEach(p -> units.put(p.getUnitId(), true));
		LocalDate today = today();
		for (Long unitId : units.keySet()) {
			planOn(unitId, today).forEach((g, n) -> totals.computeIfAbsent(g, k -> new int[2])[0] += n);
		}
		posts.findAll(this.<PostAppointment>within(scope).and((root, q, cb) -> cb.isNull(root.get("toDate"))))
			.forEach(a -> totals.computeIfAbsent(a.getGrade(), k -> new int[2])[1]++);
		return totals;
	}

	// ---- appointments

	/** A person's posts, the latest first. */
	@Transactional(readOnly = true)
	List<PostView> appointments(DataScope scope, long staffId) {
		staff.get(scope, staffId);
		return posts.findByStaffIdOrderByFromDateDesc(staffId).stream().map(PostAppointment::toView).toList();
	}

	/**
	 * Appoints a person to a post at a grade from a day, closing their current post the
	 * day before; refused with the reasons when the plan in force has no post left at the
	 * grade or the person's title is below the grade's.
	 */
	@Transactional
	PostView appoint(DataScope scope, PostForms.AppointForm form) {
		List<Problem> problems = new ArrayList<>();
		if (form == null || form.staffId() == null) {
			problems.add(new Problem("staffId", "recruitment.required"));
		}
		if (form == null || form.grade() == null) {
			problems.add(new Problem("grade", "recruitment.required"));
		}
		if (form != null && form.note() != null && form.note().length() > 200) {
			problems.add(new Problem("note", "recruitment.note.size"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		StaffView person = staff.get(scope, form.staffId());
		if (!org.isWithin(scope, person.unitId())) {
			throw new NotFound("staff " + form.staffId());
		}
		if (person.status() != StaffStatus.ACTIVE) {
			throw new Rejection("staffId", "recruitment.post.notActive");
		}
		LocalDate from = form.from() == null ? today() : form.from();
		PostAppointment current = posts.findByStaffIdOrderByFromDateDesc(person.id())
			.stream()
			.filter(a -> a.getToDate() == null)
			.findFirst()
			.orElse(null);
		if (current != null && !from.isAfter(current.getFromDate())) {
			throw new Rejection("from", "recruitment.post.beforeCurrent", current.getFromDate().toString());
		}
		int held = (int) posts.findByUnitIdAndToDateIsNull(person.unitId())
			.stream()
			.filter(a -> a.getGrade() == form.grade() && !a.getStaffId().equals(person.id()))
			.count();
		PostRules.Decision decision = PostRules.appointment(form.grade(),
				planOn(person.unitId(), from).get(form.grade()), held, person.titleLevel());
		if (!decision.allowed()) {
			throw refusal("grade", decision.reasons());
		}
		if (current != null) {
			current.close(from.minusDays(1));
		}
		String path = org.pathOf(person.unitId()).orElseThrow();
		PostAppointment a = posts.save(new PostAppointment(person.id(), person.name(), person.unitId(), path,
				form.grade(), from, form.note(), Actor.current()));
		audit.record(AuditAction.UPDATE, POST, person.id(), person.name(), List.of(
				new Change("postGrade", current == null ? null : current.getGrade().name(), form.grade().name()),
				new Change("from", null, from.toString())));
		return a.toView();
	}

	/** Closes a person's current post on a day (their contract ended). */
	void closeCurrent(long staffId, LocalDate on) {
		posts.findByStaffIdOrderByFromDateDesc(staffId)
			.stream()
			.filter(a -> a.getToDate() == null)
			.forEach(a -> a.close(on.isBefore(a.getFromDate()) ? a.getFromDate() : on));
	}

	// ---- competitive appointment

	@Transactional(readOnly = true)
	List<AppointmentView> appointmentRounds(DataScope scope) {
		return rounds.findAll(this.<CompetitiveAppointment>within(scope))
			.stream()
			.sorted(Comparator.comparing(CompetitiveAppointment::getHeldOn).reversed())
			.map(r -> view(r, false))
			.toList();
	}

	@Transactional(readOnly = true)
	AppointmentView appointmentRound(DataScope scope, long id) {
		return view(round(scope, id), true);
	}

	private CompetitiveAppointment round(DataScope scope, long id) {
		return rounds
			.findOne(this.<CompetitiveAppointment>within(scope).and((root, q, cb) -> cb.equal(root.get("id"), id)))
			.orElseThrow(() -> new NotFound("competitive appointment " + id));
	}

	private AppointmentView view(CompetitiveAppointment r, boolean full) {
		UnitView unit = org.byIds(List.of(r.getUnitId())).get(r.getUnitId());
		return new AppointmentView(r.getId(), r.getUnitId(), unit == null ? "" : unit.name(), r.getTitle(),
				r.getHeldOn(), r.getGrade(), r.getPosts(), r.getStatus(),
				full ? candidates.findByRoundIdOrderByIdAsc(r.getId())
					.stream()
					.map(AppointmentCandidate::toView)
					.sorted(Comparator.comparing((CandidateView c) -> c.rank() == null ? Integer.MAX_VALUE : c.rank())
						.thenComparing(CandidateView::id))
					.toList() : List.of(),
				full ? steps.findBySubjectKindAndSubjectIdOrderByIdAsc(STEP_KIND, r.getId())
					.stream()
					.map(RecruitmentStep::toView)
					.toList() : List.of());
	}

	@Transactional
	AppointmentView openAppointment(DataScope scope, PostForms.AppointmentRoundForm form) {
		List<Problem> problems = new ArrayList<>();
		if (form == null || form.unitId() == null) {
			problems.add(new Problem("unitId", "recruitment.required"));
		}
		if (form == null || form.title() == null || form.title().isBlank()) {
			problems.add(new Problem("title", "recruitment.required"));
		}
		else if (form.title().length() > 200) {
			problems.add(new Problem("title", "recruitment.title.size"));
		}
		if (form == null || form.heldOn() == null) {
			problems.add(new Problem("heldOn", "recruitment.required"));
		}
		if (form == null || form.grade() == null) {
			problems.add(new Problem("grade", "recruitment.required"));
		}
		if (form == null || form.posts() == null || form.posts() < 1 || form.posts() > 500) {
			problems.add(new Problem("posts", "recruitment.headcount.range"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		UnitView unit = org.get(scope, form.unitId());
		if (!org.isWithin(scope, unit.id())) {
			throw new NotFound("unit " + unit.id());
		}
		CompetitiveAppointment r = rounds.save(new CompetitiveAppointment(unit.id(), unit.path(), form.title().trim(),
				form.heldOn(), form.grade(), form.posts(), Actor.current()));
		steps.save(new RecruitmentStep(STEP_KIND, r.getId(), null, r.getStatus(), null, Actor.current()));
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("unit", unit.name());
		values.put("title", r.getTitle());
		values.put("heldOn", r.getHeldOn());
		values.put("grade", r.getGrade());
		values.put("posts", r.getPosts());
		audit.record(AuditAction.CREATE, APPOINTMENT_ROUND, r.getId(), r.getTitle(), Change.created(values));
		return view(r, true);
	}

	@Transactional
	AppointmentView addCandidate(DataScope scope, long id, PostForms.CandidateForm form) {
		CompetitiveAppointment r = round(scope, id);
		if (r.getStatus() != CompetitiveAppointment.Status.OPEN) {
			throw new Rejection("status", "recruitment.appointment.decided");
		}
		if (form == null || form.staffId() == null) {
			throw new Rejection("staffId", "recruitment.required");
		}
		StaffView person = staff.get(scope, form.staffId());
		if (person.status() != StaffStatus.ACTIVE) {
			throw new Rejection("staffId", "recruitment.post.notActive");
		}
		if (candidates.findByRoundIdAndStaffId(r.getId(), person.id()).isPresent()) {
			throw new Rejection("staffId", "recruitment.candidate.duplicate", person.name());
		}
		AppointmentCandidate c = candidates
			.save(new AppointmentCandidate(r.getId(), person.id(), person.name(), Actor.current()));
		audit.record(AuditAction.CREATE, APPOINTMENT_ROUND, r.getId(), r.getTitle(),
				List.of(new Change("candidate", null, person.name() + " (" + c.getStaffId() + ")")));
		return view(r, true);
	}

	/** Scores of candidates (0–100, two decimals); all or nothing. */
	@Transactional
	AppointmentView scores(DataScope scope, long id, List<PostForms.ScoreForm> lines) {
		CompetitiveAppointment r = round(scope, id);
		if (r.getStatus() != CompetitiveAppointment.Status.OPEN) {
			throw new Rejection("status", "recruitment.appointment.decided");
		}
		if (lines == null || lines.isEmpty()) {
			throw new Rejection(null, "recruitment.scores.empty");
		}
		List<Problem> problems = new ArrayList<>();
		Map<AppointmentCandidate, BigDecimal> scored = new LinkedHashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			PostForms.ScoreForm line = lines.get(i);
			AppointmentCandidate c = line == null || line.candidateId() == null ? null
					: candidates.findById(line.candidateId())
						.filter(x -> x.getRoundId().equals(r.getId()))
						.orElse(null);
			if (c == null) {
				problems.add(new Problem("[" + i + "].candidateId", "recruitment.score.unknown",
						line == null ? "—" : String.valueOf(line.candidateId())));
				continue;
			}
			BigDecimal s = line.score();
			if (s == null || s.signum() < 0 || s.compareTo(BigDecimal.valueOf(100)) > 0 || s.scale() > 2) {
				problems.add(new Problem("[" + i + "].score", "recruitment.score.range", 2));
				continue;
			}
			scored.put(c, s);
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		scored.forEach((c, s) -> c.score(s, Actor.current()));
		audit.record(AuditAction.UPDATE, APPOINTMENT_ROUND, r.getId(), r.getTitle(),
				scored.entrySet()
					.stream()
					.map(e -> new Change("score." + e.getKey().getStaffId(), null, e.getValue().toPlainString()))
					.toList());
		return view(r, true);
	}

	/**
	 * Decides: candidates in score order, the first {@code posts} appointed to the grade
	 * (each within the plan and their title, or the whole decision is refused), the
	 * others unplaced; refused while a candidate has no score or a tie straddles the last
	 * post.
	 */
	@Transactional
	AppointmentView decide(DataScope scope, long id) {
		CompetitiveAppointment r = round(scope, id);
		if (r.getStatus() != CompetitiveAppointment.Status.OPEN) {
			throw new Rejection("status", "recruitment.appointment.decided");
		}
		List<AppointmentCandidate> all = candidates.findByRoundIdOrderByIdAsc(r.getId());
		if (all.isEmpty()) {
			throw new Rejection(null, "recruitment.appointment.noCandidates");
		}
		List<Problem> unscored = all.stream()
			.filter(c -> c.getScore() == null)
			.map(c -> new Problem("score", "recruitment.appointment.unscored", c.getStaffName()))
			.toList();
		if (!unscored.isEmpty()) {
			throw new Rejection(unscored);
		}
		Map<Long, AppointmentCandidate> byId = new HashMap<>();
		all.forEach(c -> byId.put(c.getId(), c));
		List<PostRules.Scored> ordered = all.stream()
			.map(c -> new PostRules.Scored(c.getId(), c.getScore()))
			.sorted(PostRules.ORDER)
			.toList();
		if (PostRules.tieAtCut(ordered, r.getPosts())) {
			AppointmentCandidate a = byId.get(ordered.get(r.getPosts() - 1).id());
			AppointmentCandidate b = byId.get(ordered.get(r.getPosts()).id());
			throw new Rejection("score", "recruitment.appointment.tie", a.getStaffName(), b.getStaffName(),
					a.getScore().toPlainString());
		}
		int[] ranks = PostRules.ranks(ordered);
		for (int i = 0; i < ordered.size(); i++) {
			AppointmentCandidate c = byId.get(ordered.get(i).id());
			boolean appointed = i < r.getPosts();
			if (appointed) {
				appoint(scope, new PostForms.AppointForm(c.getStaffId(), r.getGrade(), r.getHeldOn(), r.getTitle()));
			}
			c.decide(ranks[i],
					appointed ? AppointmentCandidate.Outcome.APPOINTED : AppointmentCandidate.Outcome.UNPLACED,
					Actor.current());
		}
		CompetitiveAppointment.Status before = r.getStatus();
		r.decide(Actor.current());
		steps.save(new RecruitmentStep(STEP_KIND, r.getId(), before, r.getStatus(), null, Actor.current()));
		audit.record(AuditAction.UPDATE, APPOINTMENT_ROUND, r.getId(), r.getTitle(),
				List.of(new Change("status", before.name(), r.getStatus().name())));
		return view(r, true);
	}

	/** Records how an unplaced candidate is handled (按有关规定处理), once, with its date. */
	@Transactional
	AppointmentView handle(DataScope scope, long id, long candidateId, PostForms.HandlingForm form) {
		CompetitiveAppointment r = round(scope, id);
		AppointmentCandidate c = candidates.findById(candidateId)
			.filter(x -> x.getRoundId().equals(r.getId()))
			.orElseThrow(() -> new NotFound("candidate " + candidateId));
		List<Problem> problems = new ArrayList<>();
		if (form == null || form.handling() == null) {
			problems.add(new Problem("handling", "recruitment.required"));
		}
		if (form == null || form.on() == null) {
			problems.add(new Problem("on", "recruitment.required"));
		}
		else if (form.on().isBefore(r.getHeldOn())) {
			problems.add(new Problem("on", "recruitment.handling.beforeRound", r.getHeldOn().toString()));
		}
		if (form != null && form.note() != null && form.note().length() > 200) {
			problems.add(new Problem("note", "recruitment.note.size"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		if (c.getOutcome() != AppointmentCandidate.Outcome.UNPLACED) {
			throw new Rejection("handling", "recruitment.handling.notUnplaced", c.getStaffName());
		}
		try {
			c.handle(form.handling(), form.on(), form.note(), Actor.current());
		}
		catch (IllegalStateException ex) {
			throw new Rejection("handling", "recruitment.handling.done", c.getStaffName());
		}
		audit.record(AuditAction.UPDATE, APPOINTMENT_ROUND, r.getId(), r.getTitle(),
				List.of(new Change("handling." + c.getStaffId(), null, form.handling().name() + " " + form.on())));
		return view(r, true);
	}

	/** Unplaced candidates of the scope's rounds held in a year. */
	@Transactional(readOnly = true)
	List<CandidateView> unplaced(DataScope scope, int year) {
		List<CandidateView> found = new ArrayList<>();
		for (CompetitiveAppointment r : rounds.findAll(this.<CompetitiveAppointment>within(scope))) {
			if (r.getHeldOn().getYear() != year) {
				continue;
			}
			candidates.findByRoundIdOrderByIdAsc(r.getId())
				.stream()
				.filter(c -> c.getOutcome() == AppointmentCandidate.Outcome.UNPLACED)
				.forEach(c -> found.add(c.toView()));
		}
		return found;
	}

}
