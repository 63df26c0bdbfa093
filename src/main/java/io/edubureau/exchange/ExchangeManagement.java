package io.edubureau.exchange;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.cadres.PostKind;
import io.edubureau.cadres.CadresManagement;
import io.edubureau.cadres.Views.AppointmentView;
import io.edubureau.establishment.EstablishmentManagement;
import io.edubureau.establishment.UnitEstablishment;
import io.edubureau.exchange.Views.ExemptionView;
import io.edubureau.exchange.Views.PlanView;
import io.edubureau.exchange.Views.PostingView;
import io.edubureau.exchange.Views.ProposalView;
import io.edubureau.exchange.Views.ServicePeriod;
import io.edubureau.exchange.Views.StepView;
import io.edubureau.org.DataScope;
import io.edubureau.org.Locality;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitType;
import io.edubureau.org.UnitView;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Paging;
import io.edubureau.platform.Rejection;
import io.edubureau.rules.LocalParameter;
import io.edubureau.rules.RulesManagement;
import io.edubureau.staff.StaffFilter;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffStatus;
import io.edubureau.staff.StaffView;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exchange module's public face. Every read takes the caller's {@link DataScope}; a
 * plan belongs to the unit that made it, a posting is seen from its home and its host
 * school; every change is audited in its transaction.
 */
@Service
public class ExchangeManagement {

	static final String PLAN = "exchange.plan";

	static final String POSTING = "exchange.posting";

	static final String EXEMPTION = "exchange.exemption";

	private static final Set<PostKind> LEADERS = EnumSet.of(PostKind.PRINCIPAL, PostKind.VICE_PRINCIPAL);

	private final StaffManagement staff;

	private final CadresManagement cadres;

	private final OrgManagement org;

	private final EstablishmentManagement establishment;

	private final RulesManagement rules;

	private final AuditManagement audit;

	private final ExchangeExemptionRepository exemptions;

	private final ExchangePlanRepository plans;

	private final ExchangePostingRepository postings;

	private final ExchangeStepRepository steps;

	ExchangeManagement(StaffManagement staff, CadresManagement cadres, OrgManagement org,
			EstablishmentManagement establishment, RulesManagement rules, AuditManagement audit,
			ExchangeExemptionRepository exemptions, ExchangePlanRepository plans, ExchangePostingRepository postings,
			ExchangeStepRepository steps) {
		this.staff = staff;
		this.cadres = cadres;
		this.org = org;
		this.establishment = establishment;
		this.rules = rules;
		this.audit = audit;
		this.exemptions = exemptions;
		this.plans = plans;
		this.postings = postings;
		this.steps = steps;
	}

	// ---- eligibility

	/**
	 * The day a plan of the year counts its pool on: the first day of the school year.
	 */
	static LocalDate poolDay(int year) {
		return LocalDate.of(year, 9, 1);
	}

	ExchangeRule.Parameters parameters(LocalDate on) {
		return new ExchangeRule.Parameters(whole(LocalParameter.EXCHANGE_CONTINUOUS_YEARS, on),
				whole(LocalParameter.EXCHANGE_PRINCIPAL_TERMS, on),
				whole(LocalParameter.EXCHANGE_PRINCIPAL_TERM_YEARS, on),
				whole(LocalParameter.EXCHANGE_RETIREMENT_EXEMPT_YEARS, on));
	}

	private int whole(LocalParameter p, LocalDate on) {
		return rules.parameter(p, on).intValue();
	}

	/** Whether a person in scope is to be exchanged on the day, with the reasons. */
	@Transactional(readOnly = true)
	public Eligibility eligibility(DataScope scope, long staffId, LocalDate on) {
		StaffView p = staff.get(scope, staffId);
		List<AppointmentView> appointments = cadres.appointmentsOf(scope, staffId);
		List<ExchangeExemption> own = exemptions.findByStaffIdOrderByValidFromDesc(staffId);
		return decide(p, staff.arrivals(scope, List.of(staffId)).get(staffId), appointments, own, on, parameters(on));
	}

	private Eligibility decide(StaffView p, LocalDate arrived, List<AppointmentView> appointments,
			List<ExchangeExemption> own, LocalDate on, ExchangeRule.Parameters parameters) {
		boolean active = p.status() == StaffStatus.ACTIVE;
		LocalDate leaderSince = null;
		for (AppointmentView a : appointments) {
			boolean current = !a.startDate().isAfter(on) && (a.endDate() == null || a.endDate().isAfter(on));
			if (LEADERS.contains(a.kind()) && a.unitId() == p.unitId() && current
					&& (leaderSince == null || a.startDate().isBefore(leaderSince))) {
				leaderSince = a.startDate();
			}
		}
		LocalDate retirement = p.birthDate() == null ? null
				: rules.retirement(YearMonth.from(p.birthDate()), p.originalRetirementAge())
					.statutoryRetirement()
					.atDay(1);
		List<ExchangeRule.Exemption> inForce = own.stream()
			.filter(e -> e.inForceOn(on))
			.map(e -> new ExchangeRule.Exemption(e.getKind(), e.getValidFrom(), e.getValidTo(), e.getNote()))
			.toList();
		ExchangeRule.Inputs in = new ExchangeRule.Inputs(active && p.fullTimeTeacher(), arrived,
				active ? leaderSince : null, retirement, inForce);
		return ExchangeRule.decide(in, parameters, on);
	}

	/** A person of the pool with their decision. */
	record Pooled(Candidate candidate, Eligibility eligibility) {
	}

	/**
	 * Every active teacher and school leader in scope with their decision on the day,
	 * read set-based: the people page by page, arrivals, appointments and exemptions in
	 * one go each.
	 */
	List<Pooled> pool(DataScope scope, LocalDate on) {
		List<StaffView> people = new ArrayList<>();
		StaffFilter active = new StaffFilter(null, null, null, null, null, null, null, StaffStatus.ACTIVE, null, null);
		List<StaffView> found;
		long last = 0;
		do {
			found = staff.searchAfter(scope, active, last, 1000);
			people.addAll(found);
			last = found.isEmpty() ? last : found.get(found.size() - 1).id();
		}
		while (found.size() == 1000);
		List<Long> ids = people.stream().map(StaffView::id).toList();
		Map<Long, LocalDate> arrivals = staff.arrivals(scope, ids);
		Map<Long, List<AppointmentView>> byPerson = new HashMap<>();
		for (AppointmentView a : cadres.roster(scope, null, false)) {
			byPerson.computeIfAbsent(a.staffId(), k -> new ArrayList<>()).add(a);
		}
		Map<Long, List<ExchangeExemption>> exempt = new HashMap<>();
		for (int i = 0; i < ids.size(); i += 1000) {
			for (ExchangeExemption e : exemptions.findByStaffIdIn(ids.subList(i, Math.min(ids.size(), i + 1000)))) {
				exempt.computeIfAbsent(e.getStaffId(), k -> new ArrayList<>()).add(e);
			}
		}
		Map<Long, Integer> balance = balances(scope);
		ExchangeRule.Parameters parameters = parameters(on);
		List<Pooled> pool = new ArrayList<>();
		for (StaffView p : people) {
			List<AppointmentView> own = byPerson.getOrDefault(p.id(), List.of());
			boolean cadre = own.stream().anyMatch(a -> a.endDate() == null);
			Eligibility e = decide(p, arrivals.get(p.id()), own, exempt.getOrDefault(p.id(), List.of()), on,
					parameters);
			pool.add(new Pooled(new Candidate(p.id(), p.name(), p.unitId(), p.subject(), p.stage(),
					p.backbone() || p.academicLeader(), cadre, balance.getOrDefault(p.unitId(), 0)), e));
		}
		return pool;
	}

	private Map<Long, Integer> balances(DataScope scope) {
		Map<Long, Integer> balance = new HashMap<>();
		for (UnitEstablishment u : establishment.overview(scope, null).units()) {
			balance.put(u.unit().id(), u.balance());
		}
		return balance;
	}

	/** The eligible of the pool on the day, with their reasons. */
	@Transactional(readOnly = true)
	public List<Candidate> eligiblePool(DataScope scope, LocalDate on) {
		return pool(scope, on).stream().filter(p -> p.eligibility().eligible()).map(Pooled::candidate).toList();
	}

	// ---- the planner

	/**
	 * The planner's proposal for the year over the scope's eligible pool, not saved: the
	 * needs given, or else one place of any subject per missing post of each
	 * under-established school.
	 */
	@Transactional(readOnly = true)
	public ProposalView propose(DataScope scope, int year, Forms.ProposeForm form) {
		checkYear(year);
		LocalDate on = poolDay(year);
		List<Candidate> eligible = eligiblePool(scope, on);
		List<Need> needs = needs(scope, form == null ? null : form.needs());
		ExchangePlanner.Plan plan = ExchangePlanner.plan(eligible, needs, whole(LocalParameter.EXCHANGE_SHARE, on),
				whole(LocalParameter.EXCHANGE_BACKBONE_SHARE, on));
		ExchangeKind kind = form == null || form.kind() == null ? ExchangeKind.EXCHANGE : form.kind();
		int months = months(form == null ? null : form.months());
		Map<Long, UnitView> units = org.byIds(unitIds(plan.moves()));
		List<PostingView> assignments = plan.moves()
			.stream()
			.map(m -> new PostingView(0, 0, m.who().staffId(), m.who().name(), m.who().subject(),
					m.who().stage() == null ? null : m.who().stage().name(), m.who().backbone(), m.who().cadre(),
					m.who().unitId(), name(units, m.who().unitId()), m.toUnitId(), name(units, m.toUnitId()), kind,
					months, PostingStatus.PROPOSED.name(), null, null, null))
			.toList();
		return new ProposalView(plan.eligible(), plan.exchanged(), plan.backbone(), plan.cadres(), plan.targetsMet(),
				assignments, plan.reasons());
	}

	private static int months(Integer months) {
		int m = months == null ? 12 : months;
		if (m < 1 || m > 72) {
			throw new Rejection("months", "exchange.months.range", String.valueOf(m));
		}
		return m;
	}

	private List<Need> needs(DataScope scope, List<Need> given) {
		if (given != null && !given.isEmpty()) {
			List<Rejection.Problem> problems = new ArrayList<>();
			for (int i = 0; i < given.size(); i++) {
				Need n = given.get(i);
				if (n.unitId() == null || !org.isWithin(scope, n.unitId())) {
					problems.add(new Rejection.Problem("needs[" + i + "].unitId", "exchange.need.unit",
							new Object[] { String.valueOf(n.unitId()) }));
				}
				if (n.count() == null || n.count() < 1 || n.count() > 1000) {
					problems.add(new Rejection.Problem("needs[" + i + "].count", "exchange.need.count",
							new Object[] { String.valueOf(n.count()) }));
				}
			}
			if (!problems.isEmpty()) {
				throw new Rejection(problems);
			}
			return given;
		}
		List<Need> needs = new ArrayList<>();
		for (UnitEstablishment u : establishment.overview(scope, null).units()) {
			if (u.state() == UnitEstablishment.State.UNDER && isSchool(u.unit())) {
				needs.add(new Need(u.unit().id(), null, null, -u.balance()));
			}
		}
		return needs;
	}

	private static boolean isSchool(UnitView u) {
		return u.type() == UnitType.SCHOOL || u.type() == UnitType.TEACHING_POINT;
	}

	private static Collection<Long> unitIds(List<ExchangePlanner.Move> moves) {
		Set<Long> ids = new HashSet<>();
		moves.forEach(m -> {
			ids.add(m.who().unitId());
			ids.add(m.toUnitId());
		});
		return ids;
	}

	private static String name(Map<Long, UnitView> units, long id) {
		UnitView u = units.get(id);
		return u == null ? String.valueOf(id) : u.name();
	}

	// ---- plans

	/**
	 * Saves the planner's proposal as the year's draft plan of the scope's unit; a draft
	 * saved again has its earlier proposals withdrawn (kept with their history).
	 */
	@Transactional
	public PlanView savePlan(DataScope scope, int year, Forms.ProposeForm form) {
		checkYear(year);
		long owner = org.owningUnit(scope).orElseThrow(() -> new NotFound("unit"));
		ProposalView proposal = propose(scope, year, form);
		int backboneEligible = (int) eligiblePool(scope, poolDay(year)).stream().filter(Candidate::backbone).count();
		ExchangePlan plan = plans.findByOwnerUnitIdAndYear(owner, year).orElse(null);
		if (plan == null) {
			plan = plans.save(new ExchangePlan(year, owner, proposal.eligible(), backboneEligible));
			audit.record(AuditAction.CREATE, PLAN, plan.getId(), "plan " + year,
					Change.created(Map.of("year", year, "eligible", proposal.eligible())));
		}
		else {
			plan.recount(proposal.eligible(), backboneEligible);
			for (ExchangePosting p : postings.findByPlanIdOrderByIdAsc(plan.getId())) {
				if (p.getStatus() == PostingStatus.PROPOSED) {
					p.withdraw();
					steps.save(new PostingStep(p.getId(), PostingStatus.PROPOSED, PostingStatus.WITHDRAWN, null,
							"replanned"));
				}
			}
			audit.record(AuditAction.UPDATE, PLAN, plan.getId(), "plan " + year + " replanned",
					List.of(new Change("eligible", null, String.valueOf(proposal.eligible()))));
		}
		Map<Long, Locality> localities = localities(proposal.assignments());
		for (PostingView a : proposal.assignments()) {
			ExchangePosting p = postings.save(new ExchangePosting(plan.getId(),
					new Candidate(a.staffId(), a.staffName(), a.fromUnitId(), a.subject(),
							a.stage() == null ? null : io.edubureau.org.Stage.valueOf(a.stage()), a.backbone(),
							a.cadre(), 0),
					a.toUnitId(), localities.get(a.toUnitId()) == Locality.RURAL, a.kind(), a.months()));
			steps.save(new PostingStep(p.getId(), null, PostingStatus.PROPOSED, null, "planner"));
		}
		return planView(scope, plan.getId());
	}

	private Map<Long, Locality> localities(List<PostingView> assignments) {
		Map<Long, Locality> byId = new HashMap<>();
		org.byIds(assignments.stream().map(PostingView::toUnitId).distinct().toList())
			.forEach((id, u) -> byId.put(id, u.locality()));
		return byId;
	}

	private static void checkYear(int year) {
		if (year < 2014 || year > 2100) {
			throw new Rejection("year", "exchange.year.range", String.valueOf(year));
		}
	}

	/** The plans the scope's unit or a unit above it made, latest year first. */
	@Transactional(readOnly = true)
	public List<PlanView> plans(DataScope scope) {
		return plans.findAll(org.<ExchangePlan>coverScope(scope, "ownerUnitId"), PLAN_ORDER)
			.stream()
			.map(p -> view(scope, p))
			.toList();
	}

	/** One page of {@link #plans(DataScope)}, the scope applied in the query. */
	@Transactional(readOnly = true)
	public Page<PlanView> plans(DataScope scope, int page, int size) {
		return plans
			.findAll(org.<ExchangePlan>coverScope(scope, "ownerUnitId"),
					Paging.request(page, size, MAX_PAGE_SIZE, PLAN_ORDER))
			.map(p -> view(scope, p));
	}

	/** The largest page of plans the API answers. */
	static final int MAX_PAGE_SIZE = 200;

	private static final Sort PLAN_ORDER = Sort.by(Sort.Order.desc("year"), Sort.Order.desc("id"));

	@Transactional(readOnly = true)
	public PlanView planView(DataScope scope, long id) {
		return view(scope, plan(scope, id));
	}

	/** The year's plan of the scope's unit, if one was made. */
	@Transactional(readOnly = true)
	public java.util.Optional<PlanView> planOf(DataScope scope, int year) {
		return org.owningUnit(scope)
			.flatMap(owner -> plans.findByOwnerUnitIdAndYear(owner, year))
			.map(p -> view(scope, p));
	}

	private ExchangePlan plan(DataScope scope, long id) {
		ExchangePlan p = plans.findById(id).orElseThrow(() -> new NotFound("plan " + id));
		if (!org.covers(scope, p.getOwnerUnitId())) {
			throw new NotFound("plan " + id);
		}
		return p;
	}

	private PlanView view(DataScope scope, ExchangePlan plan) {
		List<ExchangePosting> all = postings.findByPlanIdOrderByIdAsc(plan.getId())
			.stream()
			.filter(p -> p.getStatus() != PostingStatus.WITHDRAWN)
			.toList();
		List<ExchangePlanner.Move> moves = all.stream()
			.map(p -> new ExchangePlanner.Move(new Candidate(p.getStaffId(), p.getStaffName(), p.getFromUnitId(),
					p.getSubject(), null, p.isBackbone(), p.isCadre(), 0), p.getToUnitId(), 0))
			.toList();
		int backbone = (int) all.stream().filter(ExchangePosting::isBackbone).count();
		LocalDate on = poolDay(plan.getYear());
		ExchangePlanner.Plan outcome = ExchangePlanner.outcome(plan.getEligible(), moves, backbone,
				whole(LocalParameter.EXCHANGE_SHARE, on), whole(LocalParameter.EXCHANGE_BACKBONE_SHARE, on), -1);
		List<PostingView> shown = views(all.stream().filter(p -> visible(scope, p)).toList());
		return new PlanView(plan.getId(), plan.getYear(), plan.getStatus().name(), plan.getEligible(),
				plan.getBackboneEligible(), outcome.exchanged(), outcome.backbone(), outcome.cadres(),
				outcome.targetsMet(), outcome.reasons(), shown);
	}

	private boolean visible(DataScope scope, ExchangePosting p) {
		return org.isWithin(scope, p.getFromUnitId()) || org.isWithin(scope, p.getToUnitId());
	}

	List<PostingView> postingViews(List<ExchangePosting> list) {
		return views(list);
	}

	private List<PostingView> views(List<ExchangePosting> list) {
		Set<Long> ids = new HashSet<>();
		list.forEach(p -> {
			ids.add(p.getFromUnitId());
			ids.add(p.getToUnitId());
		});
		Map<Long, UnitView> units = org.byIds(ids);
		return list.stream()
			.map(p -> new PostingView(p.getId(), p.getPlanId(), p.getStaffId(), p.getStaffName(), p.getSubject(),
					p.getStage(), p.isBackbone(), p.isCadre(), p.getFromUnitId(), name(units, p.getFromUnitId()),
					p.getToUnitId(), name(units, p.getToUnitId()), p.getKind(), p.getMonths(), p.getStatus().name(),
					p.getStartOn(), p.getReturnOn(), p.getReturnedOn()))
			.toList();
	}

	/** Adopts a draft plan: its proposals may then be posted. */
	@Transactional
	public PlanView adopt(DataScope scope, long id, String note) {
		ExchangePlan p = plan(scope, id);
		p.adopt(note);
		audit.record(AuditAction.UPDATE, PLAN, p.getId(), "plan " + p.getYear() + " adopted",
				List.of(new Change("status", PlanStatus.DRAFT.name(), PlanStatus.ADOPTED.name())));
		return view(scope, p);
	}

	/** The officer adds a person of the scope to a draft plan by hand. */
	@Transactional
	public PostingView addPosting(DataScope scope, long planId, Forms.PostingForm form) {
		ExchangePlan plan = plan(scope, planId);
		plan.requireDraft();
		if (form.staffId() == null) {
			throw new Rejection("staffId", "exchange.posting.staff");
		}
		StaffView p = staff.get(scope, form.staffId());
		// One person, one posting per plan: a second would count them twice against the
		// targets.
		if (postings.findByPlanIdOrderByIdAsc(planId)
			.stream()
			.anyMatch(x -> x.getStaffId().equals(p.id()) && x.getStatus() != PostingStatus.WITHDRAWN)) {
			throw new Rejection("staffId", "exchange.posting.duplicate", p.name());
		}
		UnitView to = host(scope, form.toUnitId(), p.unitId());
		ExchangeKind kind = form.kind() == null ? ExchangeKind.EXCHANGE : form.kind();
		ExchangePosting posting = postings.save(new ExchangePosting(planId, new Candidate(p.id(), p.name(), p.unitId(),
				p.subject(), p.stage(), p.backbone() || p.academicLeader(),
				!cadres.appointmentsOf(scope, p.id()).stream().filter(AppointmentView::current).toList().isEmpty(), 0),
				to.id(), to.locality() == Locality.RURAL, kind, months(form.months())));
		steps.save(new PostingStep(posting.getId(), null, PostingStatus.PROPOSED, null, "added"));
		audit.record(AuditAction.CREATE, POSTING, posting.getId(), p.name() + " → " + to.name(),
				Change.created(Map.of("staffId", p.id(), "toUnit", to.code(), "kind", kind.name())));
		return views(List.of(posting)).get(0);
	}

	private UnitView host(DataScope scope, Long unitId, long home) {
		if (unitId == null || !org.isWithin(scope, unitId)) {
			throw new Rejection("toUnitId", "exchange.posting.host", String.valueOf(unitId));
		}
		if (unitId == home) {
			throw new Rejection("toUnitId", "exchange.posting.sameSchool");
		}
		UnitView to = org.byIds(List.of(unitId)).get(unitId);
		if (to == null || !isSchool(to)) {
			throw new Rejection("toUnitId", "exchange.posting.host", String.valueOf(unitId));
		}
		return to;
	}

	private ExchangePosting posting(DataScope scope, long id) {
		ExchangePosting p = postings.findById(id).orElseThrow(() -> new NotFound("posting " + id));
		if (!visible(scope, p)) {
			throw new NotFound("posting " + id);
		}
		return p;
	}

	/** The officer edits a proposal of a draft plan: host, kind, length. */
	@Transactional
	public PostingView editPosting(DataScope scope, long id, Forms.PostingForm form) {
		ExchangePosting p = posting(scope, id);
		plan(scope, p.getPlanId()).requireDraft();
		Map<String, Object> before = snapshot(p);
		UnitView to = host(scope, form.toUnitId(), p.getFromUnitId());
		p.edit(to.id(), to.locality() == Locality.RURAL, form.kind() == null ? p.getKind() : form.kind(),
				form.months() == null ? p.getMonths() : months(form.months()));
		audit.record(AuditAction.UPDATE, POSTING, p.getId(), p.getStaffName(), Change.between(before, snapshot(p)));
		return views(List.of(p)).get(0);
	}

	private static Map<String, Object> snapshot(ExchangePosting p) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("toUnitId", p.getToUnitId());
		m.put("kind", p.getKind());
		m.put("months", p.getMonths());
		m.put("status", p.getStatus());
		m.put("startOn", p.getStartOn());
		m.put("returnOn", p.getReturnOn());
		m.put("returnedOn", p.getReturnedOn());
		return m;
	}

	@Transactional
	public PostingView withdraw(DataScope scope, long id, String note) {
		return step(scope, id, null, note, ExchangePosting::withdraw);
	}

	/** Posts the person at the host school from the day; the plan must be adopted. */
	@Transactional
	public PostingView post(DataScope scope, long id, LocalDate on, String note) {
		ExchangePosting p = posting(scope, id);
		if (plan(scope, p.getPlanId()).getStatus() != PlanStatus.ADOPTED) {
			throw new Rejection(null, "exchange.posting.planNotAdopted");
		}
		if (on == null) {
			throw new Rejection("on", "exchange.day.required");
		}
		return step(scope, id, on, note, x -> x.post(on));
	}

	/** Records the return home on the day. */
	@Transactional
	public PostingView returnHome(DataScope scope, long id, LocalDate on, String note) {
		if (on == null) {
			throw new Rejection("on", "exchange.day.required");
		}
		return step(scope, id, on, note, x -> x.returnHome(on));
	}

	private PostingView step(DataScope scope, long id, LocalDate on, String note,
			java.util.function.Consumer<ExchangePosting> change) {
		ExchangePosting p = posting(scope, id);
		PostingStatus from = p.getStatus();
		Map<String, Object> before = snapshot(p);
		change.accept(p);
		steps.save(new PostingStep(p.getId(), from, p.getStatus(), on, note));
		audit.record(AuditAction.UPDATE, POSTING, p.getId(), p.getStaffName() + " " + p.getStatus(),
				Change.between(before, snapshot(p)));
		return views(List.of(p)).get(0);
	}

	@Transactional(readOnly = true)
	public PostingView postingView(DataScope scope, long id) {
		return views(List.of(posting(scope, id))).get(0);
	}

	@Transactional(readOnly = true)
	public List<StepView> history(DataScope scope, long id) {
		posting(scope, id);
		return steps.findByPostingIdOrderByIdAsc(id).stream().map(PostingStep::toView).toList();
	}

	/** A person's exchanges and support teaching, for their history. */
	@Transactional(readOnly = true)
	public List<PostingView> postingsOf(DataScope scope, long staffId) {
		staff.get(scope, staffId);
		return views(postings.findByStaffIdOrderByIdAsc(staffId)
			.stream()
			.filter(p -> p.getStatus() == PostingStatus.POSTED || p.getStatus() == PostingStatus.RETURNED)
			.toList());
	}

	/**
	 * The periods a person served by exchange or support teaching at a rural school (from
	 * the start to the return, exclusive), for the rural service rule of titles.
	 */
	@Transactional(readOnly = true)
	public List<ServicePeriod> ruralService(DataScope scope, long staffId) {
		staff.get(scope, staffId);
		return postings.findByStaffIdOrderByIdAsc(staffId)
			.stream()
			.filter(p -> p.isToRural() && p.getStartOn() != null
					&& (p.getStatus() == PostingStatus.POSTED || p.getStatus() == PostingStatus.RETURNED))
			.map(p -> new ServicePeriod(p.getStaffId(), p.getToUnitId(), p.getKind(), p.getStartOn(), p.endOn()))
			.toList();
	}

	// ---- exemptions

	@Transactional
	public ExemptionView exempt(DataScope scope, long staffId, Forms.ExemptionForm form) {
		staff.get(scope, staffId);
		List<Rejection.Problem> problems = new ArrayList<>();
		if (form.kind() == null) {
			problems.add(new Rejection.Problem("kind", "exchange.exemption.kind", new Object[0]));
		}
		if (form.from() == null) {
			problems.add(new Rejection.Problem("from", "exchange.day.required", new Object[0]));
		}
		if (form.from() != null && form.to() != null && form.to().isBefore(form.from())) {
			problems.add(new Rejection.Problem("to", "exchange.exemption.order", new Object[0]));
		}
		String note = form.note() == null ? "" : form.note().strip();
		if (note.isEmpty() || note.length() > 300) {
			problems.add(new Rejection.Problem("note", "exchange.exemption.note", new Object[0]));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		ExchangeExemption e = exemptions
			.save(new ExchangeExemption(staffId, form.kind(), form.from(), form.to(), note));
		audit.record(AuditAction.CREATE, EXEMPTION, e.getId(), "exemption of " + staffId,
				Change.created(Map.of("staffId", staffId, "kind", form.kind().name(), "from", form.from())));
		return exemptionView(e);
	}

	@Transactional(readOnly = true)
	public List<ExemptionView> exemptions(DataScope scope, long staffId) {
		staff.get(scope, staffId);
		return exemptions.findByStaffIdOrderByValidFromDesc(staffId)
			.stream()
			.map(ExchangeManagement::exemptionView)
			.toList();
	}

	private static ExemptionView exemptionView(ExchangeExemption e) {
		return new ExemptionView(e.getId(), e.getStaffId(), e.getKind().name(), e.getValidFrom(), e.getValidTo(),
				e.getNote());
	}

	// ---- figures

	/**
	 * The postings of plans of the year whose home or host lies in scope, not withdrawn.
	 */
	List<ExchangePosting> postingsOfYear(DataScope scope, int year) {
		List<Long> ids = plans.findAllByOrderByYearDesc()
			.stream()
			.filter(p -> p.getYear() == year && p.getStatus() == PlanStatus.ADOPTED)
			.map(ExchangePlan::getId)
			.toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		return postings.findByPlanIdIn(ids)
			.stream()
			.filter(p -> p.getStatus() == PostingStatus.POSTED || p.getStatus() == PostingStatus.RETURNED)
			.filter(p -> org.isWithin(scope, p.getFromUnitId()))
			.toList();
	}

	/** The plans of the year made by units the scope covers. */
	List<ExchangePlan> plansOfYear(DataScope scope, int year) {
		return plans.findAllByOrderByYearDesc()
			.stream()
			.filter(p -> p.getYear() == year && org.covers(scope, p.getOwnerUnitId()))
			.toList();
	}

}
