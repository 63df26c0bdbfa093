package io.edubureau.cadres;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.edubureau.platform.Actor;
import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.cadres.Forms.AdmonishForm;
import io.edubureau.cadres.Forms.AppointmentForm;
import io.edubureau.cadres.Forms.BallotForm;
import io.edubureau.cadres.Forms.ElectedAppointmentForm;
import io.edubureau.cadres.Forms.ElectionForm;
import io.edubureau.cadres.Forms.NoticeForm;
import io.edubureau.cadres.Forms.ObjectionForm;
import io.edubureau.cadres.Forms.ResolveForm;
import io.edubureau.cadres.Forms.EndForm;
import io.edubureau.cadres.Forms.PaperTallyForm;
import io.edubureau.cadres.Forms.PostForm;
import io.edubureau.cadres.Forms.RemovalForm;
import io.edubureau.cadres.Forms.ReserveForm;
import io.edubureau.cadres.Forms.RoundForm;
import io.edubureau.cadres.Forms.TallyForm;
import io.edubureau.cadres.Forms.TeamAssessmentForm;
import io.edubureau.cadres.Forms.TeamForm;
import io.edubureau.cadres.Views.AppointmentView;
import io.edubureau.cadres.Views.CadreLine;
import io.edubureau.cadres.Views.CandidateView;
import io.edubureau.cadres.Views.ElectionView;
import io.edubureau.cadres.Views.ObjectionView;
import io.edubureau.cadres.Views.PostView;
import io.edubureau.cadres.Views.ReserveView;
import io.edubureau.cadres.Views.TermView;
import io.edubureau.cadres.Views.RoundView;
import io.edubureau.cadres.Views.TallyView;
import io.edubureau.cadres.Views.TeamAssessmentView;
import io.edubureau.cadres.Views.TeamView;
import io.edubureau.cadres.Views.VoterStatus;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.ScopeKind;
import io.edubureau.org.UnitFilter;
import io.edubureau.org.UnitView;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Paging;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.ethics.EthicsManagement;
import io.edubureau.ethics.VetoDecision;
import io.edubureau.ethics.VetoPurpose;
import io.edubureau.rules.CadreEvaluation;
import io.edubureau.rules.CadreOutcome;
import io.edubureau.rules.ElectionCount;
import io.edubureau.rules.ElectionOutcome;
import io.edubureau.rules.EvaluationYear;
import io.edubureau.rules.IdNumberCheck;
import io.edubureau.rules.LocalParameter;
import io.edubureau.rules.PeriodEnd;
import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;
import io.edubureau.rules.RulesManagement;
import io.edubureau.staff.StaffFilter;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffStatus;
import io.edubureau.staff.StaffView;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cadres module's public face. Every read takes the caller's {@link DataScope}; a
 * record of a unit outside it is reported as not found. Every change is audited in its
 * transaction. The outcomes come from the rules module, never computed here.
 */
@Service
public class CadresManagement {

	static final String POST = "cadres.post";

	static final String APPOINTMENT = "cadres.appointment";

	static final String ROUND = "cadres.round";

	static final String TALLY = "cadres.tally";

	static final String ELECTION = "cadres.election";

	static final String RESERVE = "cadres.reserve";

	static final String OBJECTION = "cadres.objection";

	static final String TEAM = "cadres.team";

	static final String TEAM_ASSESSMENT = "cadres.teamAssessment";

	static final int FIRST_YEAR = 1990;

	static final int LAST_YEAR = 2100;

	private static final int PAGE = 1000;

	private final OrgManagement org;

	private final StaffManagement staff;

	private final RulesManagement rules;

	private final AuditManagement audit;

	private final PostRepository posts;

	private final AppointmentRepository appointments;

	private final EvaluationRoundRepository rounds;

	private final RoundStepRepository steps;

	private final TallyRepository tallies;

	private final ElectionRepository elections;

	private final CandidateRepository candidates;

	private final VoterRepository voters;

	private final BallotRepository ballots;

	private final ReserveRepository reserves;

	private final ElectionObjectionRepository objections;

	private final EthicsManagement ethics;

	private final AssessmentTeamRepository assessmentTeams;

	private final TeamAssessmentRepository teamAssessments;

	private final TeamAssessmentStepRepository teamSteps;

	private final SecureRandom random = new SecureRandom();

	private final Clock clock = Clock.systemDefaultZone();

	CadresManagement(OrgManagement org, StaffManagement staff, RulesManagement rules, AuditManagement audit,
			PostRepository posts, AppointmentRepository appointments, EvaluationRoundRepository rounds,
			RoundStepRepository steps, TallyRepository tallies, ElectionRepository elections,
			CandidateRepository candidates, VoterRepository voters, BallotRepository ballots,
			ReserveRepository reserves, ElectionObjectionRepository objections, EthicsManagement ethics,
			AssessmentTeamRepository assessmentTeams, TeamAssessmentRepository teamAssessments,
			TeamAssessmentStepRepository teamSteps) {
		this.assessmentTeams = assessmentTeams;
		this.teamAssessments = teamAssessments;
		this.teamSteps = teamSteps;
		this.org = org;
		this.staff = staff;
		this.rules = rules;
		this.audit = audit;
		this.posts = posts;
		this.appointments = appointments;
		this.rounds = rounds;
		this.steps = steps;
		this.tallies = tallies;
		this.elections = elections;
		this.candidates = candidates;
		this.voters = voters;
		this.ballots = ballots;
		this.reserves = reserves;
		this.objections = objections;
		this.ethics = ethics;
	}

	// ---- scope

	/** The units the scope sees by id, or {@code null} for the whole installation. */
	/** The largest page the API answers. */
	static final int MAX_PAGE_SIZE = 200;

	/**
	 * The data scope as a predicate on a record's {@code unitId}, for the paged lists:
	 * everything, nothing, or the units in scope.
	 */
	private <T> Specification<T> inScope(DataScope scope) {
		Map<Long, UnitView> units = visibleUnits(scope);
		if (units == null) {
			return (root, q, cb) -> cb.conjunction();
		}
		Set<Long> ids = units.keySet();
		return ids.isEmpty() ? (root, q, cb) -> cb.disjunction() : (root, q, cb) -> root.get("unitId").in(ids);
	}

	private static <T> Specification<T> ofUnit(Long unitId) {
		return (root, q, cb) -> unitId == null ? cb.conjunction() : cb.equal(root.get("unitId"), unitId);
	}

	Map<Long, UnitView> visibleUnits(DataScope scope) {
		if (scope.kind() == ScopeKind.ALL) {
			return null;
		}
		if (scope.seesNothing() || scope.kind() == ScopeKind.SELF) {
			return Map.of();
		}
		return org.listAll(scope, UnitFilter.none())
			.stream()
			.collect(Collectors.toMap(UnitView::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	private void checkUnit(DataScope scope, long unitId, String what) {
		if (scope.kind() == ScopeKind.SELF || !org.isWithin(scope, unitId)) {
			throw new NotFound(what);
		}
	}

	private Map<Long, String> unitNames(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		org.byIds(new HashSet<>(ids)).forEach((id, u) -> names.put(id, u.name()));
		return names;
	}

	// ---- posts and the roster

	@Transactional(readOnly = true)
	public List<PostView> posts(DataScope scope, Long unitId) {
		Map<Long, UnitView> units = visibleUnits(scope);
		List<CadrePost> found = units == null ? posts.findAllByOrderByUnitIdAscKindAscIdAsc()
				: units.isEmpty() ? List.of() : posts.findByUnitIdInOrderByUnitIdAscKindAscIdAsc(units.keySet());
		List<CadrePost> shown = found.stream().filter(p -> unitId == null || p.getUnitId().equals(unitId)).toList();
		Map<Long, String> names = unitNames(shown.stream().map(CadrePost::getUnitId).toList());
		return shown.stream().map(p -> view(p, names.get(p.getUnitId()))).toList();
	}

	/** One page of {@link #posts(DataScope, Long)}, paged in the query. */
	@Transactional(readOnly = true)
	public Page<PostView> posts(DataScope scope, Long unitId, int page, int size) {
		Page<CadrePost> found = posts.findAll(this.<CadrePost>inScope(scope).and(ofUnit(unitId)),
				Paging.request(page, size, MAX_PAGE_SIZE, Sort.by("unitId", "kind", "id")));
		Map<Long, String> names = unitNames(found.getContent().stream().map(CadrePost::getUnitId).toList());
		return found.map(p -> view(p, names.get(p.getUnitId())));
	}

	@Transactional
	public PostView createPost(DataScope scope, PostForm form) {
		List<Problem> problems = new ArrayList<>();
		if (form.unitId() == null) {
			problems.add(new Problem("unitId", "cadres.unit.required"));
		}
		if (form.kind() == null) {
			problems.add(new Problem("kind", "cadres.post.kindRequired"));
		}
		String title = text(form.title());
		if (title == null || title.length() > 100) {
			problems.add(new Problem("title", "cadres.post.title"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		checkUnit(scope, form.unitId(), "unit " + form.unitId());
		CadrePost p = posts.save(new CadrePost(form.unitId(), form.kind(), title, Actor.current(), today()));
		audit.record(AuditAction.CREATE, POST, p.getId(), title,
				Change.created(Map.of("unitId", p.getUnitId(), "kind", p.getKind().name(), "title", title)));
		return view(p, unitNames(List.of(p.getUnitId())).get(p.getUnitId()));
	}

	private CadrePost post(DataScope scope, Long postId) {
		if (postId == null) {
			throw new Rejection("postId", "cadres.post.required");
		}
		CadrePost p = posts.findById(postId).orElseThrow(() -> new NotFound("post " + postId));
		checkUnit(scope, p.getUnitId(), "post " + postId);
		return p;
	}

	/** The roster in scope: current and past appointments, latest first per unit. */
	@Transactional(readOnly = true)
	public List<AppointmentView> roster(DataScope scope, Long unitId, boolean currentOnly) {
		Map<Long, UnitView> units = visibleUnits(scope);
		List<Appointment> found = units == null ? appointments.findAllByOrderByUnitIdAscStartDateDescIdDesc()
				: units.isEmpty() ? List.of()
						: appointments.findByUnitIdInOrderByUnitIdAscStartDateDescIdDesc(units.keySet());
		return views(found.stream()
			.filter(a -> unitId == null || a.getUnitId().equals(unitId))
			.filter(a -> !currentOnly || a.getEndDate() == null)
			.toList());
	}

	/** One page of {@link #roster(DataScope, Long, boolean)}, paged in the query. */
	@Transactional(readOnly = true)
	public Page<AppointmentView> roster(DataScope scope, Long unitId, boolean currentOnly, int page, int size) {
		Specification<Appointment> where = this.<Appointment>inScope(scope).and(ofUnit(unitId));
		if (currentOnly) {
			where = where.and((root, q, cb) -> cb.isNull(root.get("endDate")));
		}
		Page<Appointment> found = appointments.findAll(where, Paging.request(page, size, MAX_PAGE_SIZE,
				Sort.by(Sort.Order.asc("unitId"), Sort.Order.desc("startDate"), Sort.Order.desc("id"))));
		return new PageImpl<>(views(found.getContent()), found.getPageable(), found.getTotalElements());
	}

	/**
	 * The current appointments in scope whose term ends within {@code withinMonths}
	 * months of {@code on}, and the principals due for exchange, by term end (rule
	 * CADRE_TERMS, parameters in force on {@code on}). A term of N years from the start
	 * day ends the day before the N-year anniversary; the next term follows at once. A
	 * principal is due for exchange once two full terms at the unit have ended — held
	 * without a break, a re-appointment to the same kind of post continuing the tenure.
	 */
	@Transactional(readOnly = true)
	Page<TermView> terms(DataScope scope, LocalDate on, int withinMonths, int page, int size) {
		List<Problem> problems = new ArrayList<>();
		if (withinMonths < 0 || withinMonths > 60) {
			problems.add(new Problem("withinMonths", "cadres.terms.withinMonths", 0, 60));
		}
		if (on == null) {
			problems.add(new Problem("on", "cadres.terms.on"));
		}
		else {
			checkYear(problems, "on", on.getYear());
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		int termYears = rules.parameter(LocalParameter.CADRE_TERM_YEARS, on).intValue();
		int probationMonths = rules.parameter(LocalParameter.CADRE_PROBATION_MONTHS, on).intValue();
		LocalDate horizon = on.plusMonths(withinMonths);
		List<Appointment> all = appointmentsIn(scope);
		Map<Long, CadrePost> postById = new HashMap<>();
		posts.findAllById(all.stream().map(Appointment::getPostId).collect(Collectors.toSet()))
			.forEach(p -> postById.put(p.getId(), p));
		Map<Long, String> names = unitNames(all.stream().map(Appointment::getUnitId).toList());
		List<TermView> rows = new ArrayList<>();
		for (Appointment a : all) {
			if (a.getStartDate().isAfter(on) || (a.getEndDate() != null && a.getEndDate().isBefore(on))) {
				continue;
			}
			CadrePost post = postById.get(a.getPostId());
			int term = 1;
			while (!a.getStartDate().plusYears((long) term * termYears).isAfter(on)) {
				term++;
			}
			LocalDate termEnds = a.getStartDate().plusYears((long) term * termYears).minusDays(1);
			LocalDate probationEnds = probationMonths == 0 ? null
					: a.getStartDate().plusMonths(probationMonths).minusDays(1);
			LocalDate since = heldSince(a, post.getKind(), all, postById);
			LocalDate twoTerms = since.plusYears(2L * termYears);
			boolean due = post.getKind() == PostKind.PRINCIPAL && !twoTerms.isAfter(on);
			if (termEnds.isAfter(horizon) && !due) {
				continue;
			}
			List<Reason> reasons = new ArrayList<>();
			reasons.add(new Reason(PolicyRule.CADRE_TERMS, "cadres.terms.reason.term", a.getStartDate().toString(),
					termYears, term, termEnds.toString()));
			if (probationEnds != null && !on.isAfter(probationEnds)) {
				reasons.add(new Reason(PolicyRule.CADRE_TERMS, "cadres.terms.reason.probation", probationMonths,
						probationEnds.toString()));
			}
			if (post.getKind() == PostKind.PRINCIPAL) {
				reasons.add(new Reason(PolicyRule.CADRE_TERMS,
						due ? "cadres.terms.reason.exchangeDue" : "cadres.terms.reason.exchangeNotDue",
						since.toString(), termYears, twoTerms.toString()));
			}
			rows.add(new TermView(a.getId(), a.getUnitId(), names.get(a.getUnitId()), post.getKind(), post.getTitle(),
					a.getStaffId(), a.getStaffName(), a.getStartDate(), termYears, term, termEnds, probationEnds,
					probationEnds != null && !on.isAfter(probationEnds), since, due, List.copyOf(reasons)));
		}
		rows.sort(Comparator.comparing(TermView::termEnds).thenComparing(TermView::appointmentId));
		PageRequest request = Paging.request(page, size, MAX_PAGE_SIZE, Sort.unsorted());
		List<TermView> shown = rows.stream().skip(request.getOffset()).limit(request.getPageSize()).toList();
		return new PageImpl<>(shown, request, rows.size());
	}

	// The start of an unbroken tenure: earlier appointments of the person to the same
	// kind
	// of post at the unit that ended at most a day before the next began.
	private static LocalDate heldSince(Appointment current, PostKind kind, List<Appointment> all,
			Map<Long, CadrePost> postById) {
		LocalDate since = current.getStartDate();
		boolean extended = true;
		while (extended) {
			extended = false;
			for (Appointment b : all) {
				if (b.getStaffId().equals(current.getStaffId()) && b.getUnitId().equals(current.getUnitId())
						&& postById.get(b.getPostId()).getKind() == kind && b.getEndDate() != null
						&& b.getStartDate().isBefore(since) && !b.getEndDate().plusDays(1).isBefore(since)) {
					since = b.getStartDate();
					extended = true;
				}
			}
		}
		return since;
	}

	/** A person's appointments across units, for their page; history kept. */
	@Transactional(readOnly = true)
	public List<AppointmentView> appointmentsOf(DataScope scope, long staffId) {
		staff.get(scope, staffId);
		return views(appointments.findByStaffIdOrderByStartDateDescIdDesc(staffId));
	}

	@Transactional(readOnly = true)
	public AppointmentView appointment(DataScope scope, long id) {
		Appointment a = appointments.findById(id).orElseThrow(() -> new NotFound("appointment " + id));
		checkUnit(scope, a.getUnitId(), "appointment " + id);
		return views(List.of(a)).get(0);
	}

	@Transactional
	public AppointmentView appoint(DataScope scope, AppointmentForm form) {
		List<Problem> problems = new ArrayList<>();
		if (form.staffId() == null) {
			problems.add(new Problem("staffId", "cadres.staff.required"));
		}
		if (form.startDate() == null) {
			problems.add(new Problem("startDate", "cadres.appointment.startDate"));
		}
		else {
			checkYear(problems, "startDate", form.startDate().getYear());
		}
		String document = text(form.documentNo());
		if (document == null || document.length() > 100) {
			problems.add(new Problem("documentNo", "cadres.appointment.documentNo"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		CadrePost post = post(scope, form.postId());
		StaffView person = activePerson(scope, form.staffId(), "staffId");
		if (!post.isActive()) {
			throw new Rejection("postId", "cadres.post.inactive");
		}
		if (post.getKind().single() && !appointments.findByPostIdAndEndDateIsNull(post.getId()).isEmpty()) {
			throw new Rejection("postId", "cadres.post.occupied", post.getTitle());
		}
		Appointment a = appointments
			.save(new Appointment(post, person.id(), person.name(), form.startDate(), document, Actor.current()));
		audit.record(AuditAction.CREATE, APPOINTMENT, a.getId(), person.name() + " → " + post.getTitle(),
				Change.created(Map.of("postId", post.getId(), "staffId", person.id(), "startDate",
						form.startDate().toString(), "documentNo", document)));
		return views(List.of(a)).get(0);
	}

	@Transactional
	public AppointmentView endAppointment(DataScope scope, long id, EndForm form) {
		Appointment a = appointments.findById(id).orElseThrow(() -> new NotFound("appointment " + id));
		checkUnit(scope, a.getUnitId(), "appointment " + id);
		end(a, form);
		return views(List.of(a)).get(0);
	}

	private void end(Appointment a, EndForm form) {
		List<Problem> problems = new ArrayList<>();
		if (a.getEndDate() != null) {
			problems.add(new Problem(null, "cadres.appointment.ended", a.getEndDate().toString()));
		}
		if (form.endDate() == null) {
			problems.add(new Problem("endDate", "cadres.appointment.endDate"));
		}
		else if (form.endDate().isBefore(a.getStartDate())) {
			problems.add(new Problem("endDate", "cadres.appointment.endBeforeStart", form.endDate().toString(),
					a.getStartDate().toString()));
		}
		if (form.reason() == null) {
			problems.add(new Problem("reason", "cadres.appointment.reason"));
		}
		String note = text(form.note());
		if (note != null && note.length() > 500) {
			problems.add(new Problem("note", "cadres.note.tooLong", 500));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		a.end(form.endDate(), form.reason(), note);
		audit.record(AuditAction.UPDATE, APPOINTMENT, a.getId(), a.getStaffName() + ": " + form.reason(),
				List.of(new Change("endDate", null, form.endDate().toString()),
						new Change("endReason", null, form.reason().name())));
	}

	// ---- democratic evaluation

	@Transactional(readOnly = true)
	public List<RoundView> rounds() {
		return rounds.findAllByOrderByYearDescIdDesc().stream().map(r -> view(r, List.of())).toList();
	}

	@Transactional(readOnly = true)
	public RoundView round(long id) {
		EvaluationRound r = round0(id);
		return view(r, steps.findByRoundIdOrderByIdAsc(id));
	}

	private EvaluationRound round0(long id) {
		return rounds.findById(id).orElseThrow(() -> new NotFound("round " + id));
	}

	@Transactional
	public RoundView openRound(DataScope scope, RoundForm form) {
		List<Problem> problems = new ArrayList<>();
		if (form.year() == null) {
			problems.add(new Problem("year", "cadres.round.yearRequired"));
		}
		else {
			checkYear(problems, "year", form.year());
		}
		String name = text(form.name());
		if (name == null || name.length() > 100) {
			problems.add(new Problem("name", "cadres.round.name"));
		}
		if (form.unitIds() == null || form.unitIds().isEmpty()) {
			problems.add(new Problem("unitIds", "cadres.round.units"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		Set<Long> units = new LinkedHashSet<>();
		for (Long u : form.unitIds()) {
			if (u == null || scope.kind() == ScopeKind.SELF || !org.isWithin(scope, u)) {
				throw new Rejection("unitIds", "cadres.round.unitOutside", String.valueOf(u));
			}
			units.add(u);
		}
		EvaluationRound r = rounds.save(new EvaluationRound(form.year(), name, units, Actor.current()));
		steps.save(new RoundStep(r.getId(), null, RoundStatus.OPEN, Actor.current()));
		audit.record(AuditAction.CREATE, ROUND, r.getId(), name, Change
			.created(Map.of("year", form.year(), "units", units.toString(), "status", RoundStatus.OPEN.name())));
		return round(r.getId());
	}

	@Transactional
	public RoundView closeRound(long id) {
		EvaluationRound r = round0(id);
		if (r.getStatus() != RoundStatus.OPEN) {
			throw new Rejection("status", "cadres.round.notOpen", r.getName());
		}
		r.close(Actor.current());
		steps.save(new RoundStep(id, RoundStatus.OPEN, RoundStatus.CLOSED, Actor.current()));
		audit.record(AuditAction.UPDATE, ROUND, id, r.getName(),
				List.of(new Change("status", RoundStatus.OPEN.name(), RoundStatus.CLOSED.name())));
		return round(id);
	}

	/**
	 * The cadres of a round in scope: every appointment held in the round's year at one
	 * of its units, with its tally and outcome once entered.
	 */
	@Transactional(readOnly = true)
	public List<CadreLine> cadresOf(DataScope scope, long roundId) {
		EvaluationRound r = round0(roundId);
		Map<Long, UnitView> units = visibleUnits(scope);
		Set<Long> shown = r.getUnitIds()
			.stream()
			.filter(u -> units == null || units.containsKey(u))
			.collect(Collectors.toSet());
		if (shown.isEmpty()) {
			return List.of();
		}
		List<Appointment> held = appointments.findByUnitIdInOrderByUnitIdAscStartDateDescIdDesc(shown)
			.stream()
			.filter(a -> a.heldIn(r.getYear()))
			.toList();
		Map<Long, Tally> byAppointment = tallies.findByRoundId(roundId)
			.stream()
			.collect(Collectors.toMap(Tally::getAppointmentId, Function.identity()));
		List<AppointmentView> views = views(held);
		List<CadreLine> lines = new ArrayList<>();
		for (AppointmentView a : views) {
			Tally t = byAppointment.get(a.id());
			lines.add(new CadreLine(a, t == null ? null : tallyView(t, a.staffName())));
		}
		return lines;
	}

	@Transactional(readOnly = true)
	public TallyView tally(DataScope scope, long id) {
		Tally t = tallies.findById(id).orElseThrow(() -> new NotFound("tally " + id));
		checkUnit(scope, t.getUnitId(), "tally " + id);
		return tallyView(t, appointments.findById(t.getAppointmentId()).orElseThrow().getStaffName());
	}

	/**
	 * Enters (or corrects, while the round is open) a cadre's counted tallies; the
	 * outcome is the rules module's cadre evaluation over this and the earlier years'
	 * tallies of the same person.
	 */
	@Transactional
	public TallyView enterTally(DataScope scope, long roundId, TallyForm form) {
		EvaluationRound r = round0(roundId);
		if (r.getStatus() != RoundStatus.OPEN) {
			throw new Rejection("status", "cadres.round.closed", r.getName());
		}
		if (form.appointmentId() == null) {
			throw new Rejection("appointmentId", "cadres.appointment.required");
		}
		Appointment a = appointments.findById(form.appointmentId())
			.orElseThrow(() -> new NotFound("appointment " + form.appointmentId()));
		checkUnit(scope, a.getUnitId(), "appointment " + a.getId());
		if (!r.getUnitIds().contains(a.getUnitId()) || !a.heldIn(r.getYear())) {
			throw new Rejection("appointmentId", "cadres.tally.notInRound", a.getStaffName(), r.getName());
		}
		List<Problem> problems = new ArrayList<>();
		int excellent = count(problems, "excellent", form.excellent());
		int competent = count(problems, "competent", form.competent());
		int basic = count(problems, "basicallyCompetent", form.basicallyCompetent());
		int incompetent = count(problems, "incompetent", form.incompetent());
		if (problems.isEmpty() && (long) excellent + competent + basic + incompetent == 0) {
			problems.add(new Problem(null, "cadres.tally.noValid"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		EvaluationYear counted = new EvaluationYear(r.getYear(), excellent, competent, basic, incompetent);
		CadreEvaluation decided = rules.cadreEvaluation(history(a.getStaffId(), counted, roundId));
		Tally t = tallies.findByRoundIdAndAppointmentId(roundId, a.getId()).orElse(null);
		boolean created = t == null;
		String before = created ? null : t.counted().toString();
		if (created) {
			t = new Tally(r, a);
		}
		t.count(counted, decided.outcome(), decided.share(), Actor.current());
		t = tallies.save(t);
		audit.record(created ? AuditAction.CREATE : AuditAction.UPDATE, TALLY, t.getId(),
				a.getStaffName() + " " + r.getYear() + ": " + decided.outcome(),
				List.of(new Change("tally", before, counted.toString()),
						new Change("outcome", null, decided.outcome().name())));
		return tallyView(t, a.getStaffName());
	}

	// This year's tally and, for each earlier year, the latest entered in another round.
	private List<EvaluationYear> history(long staffId, EvaluationYear counted, Long excludeRound) {
		Map<Integer, EvaluationYear> byYear = new TreeMap<>();
		for (Tally t : tallies.findByStaffIdOrderByYearAscEnteredAtAsc(staffId)) {
			if (t.getYear() < counted.year() && !t.getRoundId().equals(excludeRound)) {
				byYear.put(t.getYear(), t.counted());
			}
		}
		byYear.put(counted.year(), counted);
		return List.copyOf(byYear.values());
	}

	private TallyView tallyView(Tally t, String staffName) {
		List<Reason> reasons = rules.cadreEvaluation(history(t.getStaffId(), t.counted(), t.getRoundId())).reasons();
		return new TallyView(t.getId(), t.getRoundId(), t.getAppointmentId(), t.getStaffId(), staffName, t.getYear(),
				t.counted().excellent(), t.counted().competent(), t.counted().basicallyCompetent(),
				t.counted().incompetent(), t.getOutcome(), t.getShare(), reasons, t.getAdmonishedOn(),
				t.getAdmonishedBy(), t.getAdmonishNotes(), t.getRemovedOn(), t.getRemovalDocument());
	}

	/** Records the admonishment talk (诫勉谈话) an outcome called for. */
	@Transactional
	public TallyView admonish(DataScope scope, long tallyId, AdmonishForm form) {
		Tally t = tallies.findById(tallyId).orElseThrow(() -> new NotFound("tally " + tallyId));
		checkUnit(scope, t.getUnitId(), "tally " + tallyId);
		List<Problem> problems = new ArrayList<>();
		if (t.getOutcome() == CadreOutcome.NONE) {
			problems.add(new Problem(null, "cadres.admonish.notCalled"));
		}
		if (t.getAdmonishedOn() != null) {
			problems.add(new Problem(null, "cadres.admonish.done", t.getAdmonishedOn().toString()));
		}
		if (form.date() == null) {
			problems.add(new Problem("date", "cadres.admonish.date"));
		}
		else {
			checkYear(problems, "date", form.date().getYear());
		}
		String by = text(form.by());
		if (by == null || by.length() > 100) {
			problems.add(new Problem("by", "cadres.admonish.by"));
		}
		String notes = text(form.notes());
		if (notes != null && notes.length() > 1000) {
			problems.add(new Problem("notes", "cadres.note.tooLong", 1000));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		t.admonish(form.date(), by, notes);
		audit.record(AuditAction.UPDATE, TALLY, tallyId, "admonishment " + form.date(), List
			.of(new Change("admonishedOn", null, form.date().toString()), new Change("admonishedBy", null, by)));
		return tallyView(t, appointments.findById(t.getAppointmentId()).orElseThrow().getStaffName());
	}

	/**
	 * Records the removal decision (免职) an outcome called for: the roster entry ends with
	 * the reason REMOVED.
	 */
	@Transactional
	public TallyView remove(DataScope scope, long tallyId, RemovalForm form) {
		Tally t = tallies.findById(tallyId).orElseThrow(() -> new NotFound("tally " + tallyId));
		checkUnit(scope, t.getUnitId(), "tally " + tallyId);
		if (t.getOutcome() != CadreOutcome.REMOVE) {
			throw new Rejection(null, "cadres.removal.notCalled");
		}
		String document = text(form.document());
		if (document == null || document.length() > 100) {
			throw new Rejection("document", "cadres.appointment.documentNo");
		}
		Appointment a = appointments.findById(t.getAppointmentId()).orElseThrow();
		end(a, new EndForm(form.date(), EndReason.REMOVED, document));
		t.removed(form.date(), document);
		audit.record(AuditAction.UPDATE, TALLY, tallyId, "removal " + form.date(), List
			.of(new Change("removedOn", null, form.date().toString()), new Change("removalDocument", null, document)));
		return tallyView(t, a.getStaffName());
	}

	// ---- principal elections by secret ballot

	@Transactional(readOnly = true)
	public List<ElectionView> elections(DataScope scope) {
		Map<Long, UnitView> units = visibleUnits(scope);
		List<Election> found = units == null ? elections.findAllByOrderByElectionDayDescIdDesc()
				: units.isEmpty() ? List.of() : elections.findByUnitIdInOrderByElectionDayDescIdDesc(units.keySet());
		return found.stream().map(this::view).toList();
	}

	/** One page of {@link #elections(DataScope)}, paged in the query. */
	@Transactional(readOnly = true)
	public Page<ElectionView> elections(DataScope scope, int page, int size) {
		return elections
			.findAll(inScope(scope),
					Paging.request(page, size, MAX_PAGE_SIZE,
							Sort.by(Sort.Order.desc("electionDay"), Sort.Order.desc("id"))))
			.map(this::view);
	}

	@Transactional(readOnly = true)
	public ElectionView election(DataScope scope, long id) {
		return view(election0(scope, id));
	}

	private Election election0(DataScope scope, long id) {
		Election e = elections.findById(id).orElseThrow(() -> new NotFound("election " + id));
		checkUnit(scope, e.getUnitId(), "election " + id);
		return e;
	}

	@Transactional
	public ElectionView createElection(DataScope scope, ElectionForm form) {
		List<Problem> problems = new ArrayList<>();
		String title = text(form.title());
		if (title == null || title.length() > 100) {
			problems.add(new Problem("title", "cadres.election.title"));
		}
		if (form.electionDay() == null) {
			problems.add(new Problem("electionDay", "cadres.election.day"));
		}
		else {
			checkYear(problems, "electionDay", form.electionDay().getYear());
		}
		if (form.mode() == null) {
			problems.add(new Problem("mode", "cadres.election.mode"));
		}
		if (form.candidateStaffIds() == null || form.candidateStaffIds().isEmpty()) {
			problems.add(new Problem("candidateStaffIds", "cadres.election.candidates"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		CadrePost post = post(scope, form.postId());
		List<StaffView> people = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		for (Long id : form.candidateStaffIds()) {
			if (id == null || !seen.add(id)) {
				throw new Rejection("candidateStaffIds", "cadres.election.candidateTwice", String.valueOf(id));
			}
			people.add(activePerson(scope, id, "candidateStaffIds"));
		}
		List<Problem> ineligible = new ArrayList<>();
		for (StaffView p : people) {
			CandidateEligibility check = eligibility(p, form.electionDay());
			if (!check.eligible()) {
				ineligible.add(new Problem("candidateStaffIds", "cadres.candidate.ineligible", p.name()));
				check.reasons()
					.stream()
					.filter(r -> !r.messageKey().endsWith("Met"))
					.forEach(r -> ineligible.add(new Problem("candidateStaffIds", r.messageKey(), r.args().toArray())));
			}
		}
		if (!ineligible.isEmpty()) {
			throw new Rejection(ineligible);
		}
		Election e = elections
			.save(new Election(post, title, form.electionDay(), form.mode(), 1, null, Actor.current()));
		people.forEach(p -> candidates.save(new Candidate(e.getId(), p.id(), p.name())));
		audit.record(AuditAction.CREATE, ELECTION, e.getId(), title,
				Change.created(Map.of("postId", post.getId(), "electionDay", form.electionDay().toString(), "mode",
						form.mode().name(), "candidates",
						people.stream().map(StaffView::name).collect(Collectors.joining("、")))));
		return view(e);
	}

	/**
	 * Opens the vote; an online election takes as voters the school's active staff on the
	 * election day, which must be today.
	 */
	@Transactional
	public ElectionView openElection(DataScope scope, long id) {
		Election e = election0(scope, id);
		if (e.getStatus() != ElectionStatus.DRAFT) {
			throw new Rejection("status", "cadres.election.notDraft");
		}
		if (e.getMode() == ElectionMode.ONLINE) {
			if (!e.getElectionDay().equals(today())) {
				throw new Rejection("electionDay", "cadres.election.notToday", e.getElectionDay().toString());
			}
			List<StaffView> eligible = activeStaff(DataScope.unitAndBelow(e.getUnitId()));
			if (eligible.isEmpty()) {
				throw new Rejection(null, "cadres.election.noVoters");
			}
			eligible.forEach(p -> voters.save(new Voter(e.getId(), p.id(), p.name())));
		}
		e.open();
		audit.record(AuditAction.UPDATE, ELECTION, id, e.getTitle(),
				List.of(new Change("status", ElectionStatus.DRAFT.name(), ElectionStatus.OPEN.name())));
		return view(e);
	}

	private List<StaffView> activeStaff(DataScope scope) {
		StaffFilter active = new StaffFilter(null, null, null, null, null, null, null, StaffStatus.ACTIVE, null, null);
		List<StaffView> found = new ArrayList<>();
		List<StaffView> p;
		long last = 0;
		do {
			p = staff.searchAfter(scope, active, last, PAGE);
			found.addAll(p);
			last = p.isEmpty() ? last : p.get(p.size() - 1).id();
		}
		while (p.size() == PAGE);
		return found;
	}

	/** Whether the signed-in person is a voter of the election and has voted. */
	@Transactional(readOnly = true)
	public VoterStatus voterStatus(DataScope scope, long id) {
		if (scope.staffId() == null) {
			return new VoterStatus(false, false);
		}
		return voters.findByElectionIdAndStaffId(id, scope.staffId())
			.map(v -> new VoterStatus(true, v.hasVoted()))
			.orElse(new VoterStatus(false, false));
	}

	/**
	 * The open online elections the signed-in person is a voter of and has not voted in
	 * yet, newest first: where a voter finds their ballot.
	 */
	@Transactional(readOnly = true)
	List<ElectionView> openBallots(DataScope scope) {
		if (scope.staffId() == null) {
			return List.of();
		}
		return voters.findByStaffIdAndHasVotedFalseOrderByIdDesc(scope.staffId())
			.stream()
			.map(v -> elections.findById(v.getElectionId()).orElse(null))
			.filter(e -> e != null && e.getStatus() == ElectionStatus.OPEN && e.getMode() == ElectionMode.ONLINE)
			.map(this::view)
			.toList();
	}

	/** The candidates a voter may choose from, for the ballot page. */
	@Transactional(readOnly = true)
	public ElectionView ballotPaper(DataScope scope, long id) {
		if (!voterStatus(scope, id).voter()) {
			throw new NotFound("election " + id);
		}
		return view(elections.findById(id).orElseThrow());
	}

	/**
	 * Issues the signed-in voter's single-use ballot token (a new one replaces an unused
	 * one); only its hash is kept, on the voter row, and cleared when it is used.
	 */
	@Transactional
	public String issueToken(DataScope scope, long id) {
		Election e = elections.findById(id).orElseThrow(() -> new NotFound("election " + id));
		Voter v = scope.staffId() == null ? null : voters.findByElectionIdAndStaffId(id, scope.staffId()).orElse(null);
		if (v == null) {
			throw new NotFound("election " + id);
		}
		if (e.getStatus() != ElectionStatus.OPEN || e.getMode() != ElectionMode.ONLINE) {
			throw new Rejection("status", "cadres.election.notOpen");
		}
		if (v.hasVoted()) {
			throw new Rejection(null, "cadres.ballot.alreadyVoted");
		}
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		v.issue(hash(token));
		audit.record(AuditAction.UPDATE, ELECTION, id, "ballot token issued", List.of());
		return token;
	}

	/**
	 * Casts a secret ballot with a token: the voter row is marked voted and its token
	 * cleared, and the ballot is stored with a random id and no link to the voter.
	 */
	@Transactional
	public void cast(long id, BallotForm form) {
		Election e = elections.findById(id).orElseThrow(() -> new NotFound("election " + id));
		if (e.getStatus() != ElectionStatus.OPEN || e.getMode() != ElectionMode.ONLINE) {
			throw new Rejection("status", "cadres.election.notOpen");
		}
		String token = text(form.token());
		Voter v = token == null ? null : voters.findByElectionIdAndTokenHash(id, hash(token)).orElse(null);
		if (v == null || v.hasVoted()) {
			throw new Rejection("token", "cadres.ballot.token");
		}
		Candidate c = form.candidateId() == null ? null : candidates.findById(form.candidateId()).orElse(null);
		if (c == null || !c.getElectionId().equals(id)) {
			throw new Rejection("candidateId", "cadres.ballot.candidate");
		}
		v.voted();
		ballots.save(new Ballot(id, c.getId()));
		// The audit says a ballot was cast, never for whom.
		audit.record(AuditAction.CREATE, ELECTION, id, "ballot cast", List.of());
	}

	/** Paper election: the counted tallies entered while it is open. */
	@Transactional
	public ElectionView enterPaperTally(DataScope scope, long id, PaperTallyForm form) {
		Election e = election0(scope, id);
		if (e.getMode() != ElectionMode.PAPER || e.getStatus() != ElectionStatus.OPEN) {
			throw new Rejection("status", "cadres.election.paperNotOpen");
		}
		List<Problem> problems = new ArrayList<>();
		int eligible = count(problems, "eligible", form.eligible());
		int cast = count(problems, "ballotsCast", form.ballotsCast());
		List<Candidate> list = candidates.findByElectionIdOrderByIdAsc(id);
		Map<Long, Integer> votes = form.votes() == null ? Map.of() : form.votes();
		for (Candidate c : list) {
			count(problems, "votes." + c.getId(), votes.get(c.getId()));
		}
		for (Long key : votes.keySet()) {
			if (list.stream().noneMatch(c -> c.getId().equals(key))) {
				problems.add(new Problem("votes", "cadres.ballot.candidate"));
			}
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		// The rules module checks the count against itself (cast ≤ eligible, votes ≤
		// cast).
		rules.election(count(eligible, cast, list, c -> votes.get(c.getId())));
		e.count(eligible, cast);
		list.forEach(c -> c.votes(votes.get(c.getId())));
		audit.record(AuditAction.UPDATE, ELECTION, id, "paper tally",
				List.of(new Change("eligible", null, Integer.toString(eligible)),
						new Change("ballotsCast", null, Integer.toString(cast)),
						new Change("votes", null,
								list.stream()
									.map(c -> c.getStaffName() + "=" + votes.get(c.getId()))
									.collect(Collectors.joining(", ")))));
		return view(e);
	}

	/**
	 * Closes the vote, counts it and publishes the result by the rules module's election
	 * outcome; a run-off opens a new round (DRAFT) with the two candidates it names.
	 */
	@Transactional
	public ElectionView closeElection(DataScope scope, long id) {
		Election e = election0(scope, id);
		if (e.getStatus() != ElectionStatus.OPEN) {
			throw new Rejection("status", "cadres.election.notOpen");
		}
		List<Candidate> list = candidates.findByElectionIdOrderByIdAsc(id);
		if (e.getMode() == ElectionMode.ONLINE) {
			Map<Long, Integer> counted = new HashMap<>();
			for (Object[] row : ballots.countByCandidate(id)) {
				counted.put((Long) row[0], ((Number) row[1]).intValue());
			}
			list.forEach(c -> c.votes(counted.getOrDefault(c.getId(), 0)));
			e.count((int) voters.countByElectionId(id), (int) ballots.countByElectionId(id));
		}
		else if (e.getBallotsCast() == null) {
			throw new Rejection(null, "cadres.election.noTally");
		}
		Map<String, Candidate> byLabel = new LinkedHashMap<>();
		ElectionOutcome outcome = rules.election(count(e.getEligible(), e.getBallotsCast(), list, Candidate::getVotes));
		list.forEach(c -> byLabel.put(label(c, list), c));
		Long elected = outcome.elected().isEmpty() ? null : byLabel.get(outcome.elected().get(0)).getStaffId();
		e.close(outcome.valid(), elected, today());
		audit.record(AuditAction.UPDATE, ELECTION, id, e.getTitle(), List.of(
				new Change("status", ElectionStatus.OPEN.name(), ElectionStatus.CLOSED.name()),
				new Change("result", null, outcome.valid() + " " + outcome.elected() + " " + outcome.runoff())));
		if (outcome.valid() && !outcome.runoff().isEmpty()) {
			CadrePost post = posts.findById(e.getPostId()).orElseThrow();
			Election runoff = elections.save(new Election(post, e.getTitle(), e.getElectionDay(), e.getMode(),
					e.getRoundNo() + 1, e.getId(), Actor.current()));
			outcome.runoff().forEach(name -> {
				Candidate c = byLabel.get(name);
				candidates.save(new Candidate(runoff.getId(), c.getStaffId(), c.getStaffName()));
			});
			audit.record(AuditAction.CREATE, ELECTION, runoff.getId(), e.getTitle(), Change.created(Map.of("previousId",
					e.getId(), "roundNo", runoff.getRoundNo(), "candidates", String.join("、", outcome.runoff()))));
		}
		return view(e);
	}

	private static ElectionCount count(int eligible, int cast, List<Candidate> list,
			Function<Candidate, Integer> votes) {
		Map<String, Integer> byLabel = new LinkedHashMap<>();
		list.forEach(c -> byLabel.put(label(c, list), votes.apply(c) == null ? 0 : votes.apply(c)));
		return new ElectionCount(eligible, cast, 1, byLabel);
	}

	// Candidates are named; two of the same name are told apart by their staff id.
	private static String label(Candidate c, List<Candidate> all) {
		long same = all.stream().filter(o -> o.getStaffName().equals(c.getStaffName())).count();
		return same > 1 ? c.getStaffName() + " (" + c.getStaffId() + ")" : c.getStaffName();
	}

	private ElectionView view(Election e) {
		List<Candidate> list = candidates.findByElectionIdOrderByIdAsc(e.getId());
		boolean closed = e.getStatus() == ElectionStatus.CLOSED;
		List<CandidateView> shown = list.stream()
			.map(c -> new CandidateView(c.getId(), c.getStaffId(), c.getStaffName(), closed ? c.getVotes() : null))
			.toList();
		List<Reason> reasons = List.of();
		List<String> runoff = List.of();
		Long runoffId = null;
		String electedName = null;
		if (closed) {
			ElectionOutcome outcome = rules
				.election(count(e.getEligible(), e.getBallotsCast(), list, Candidate::getVotes));
			reasons = outcome.reasons();
			runoff = outcome.runoff();
			runoffId = elections.findFirstByPreviousId(e.getId()).map(Election::getId).orElse(null);
			electedName = list.stream()
				.filter(c -> c.getStaffId().equals(e.getElectedStaffId()))
				.map(Candidate::getStaffName)
				.findFirst()
				.orElse(null);
		}
		String unitName = unitNames(List.of(e.getUnitId())).get(e.getUnitId());
		return new ElectionView(e.getId(), e.getUnitId(), unitName, e.getPostId(), e.getTitle(), e.getElectionDay(),
				e.getMode(), e.getStatus(), e.getRoundNo(), e.getPreviousId(), shown, closed ? e.getEligible() : null,
				closed ? e.getBallotsCast() : null, closed ? e.getValid() : null, closed ? e.getElectedStaffId() : null,
				electedName, runoff, runoffId, reasons, (int) voters.countByElectionId(e.getId()), e.getNoticeFrom(),
				e.getNoticeUntil(), e.getAppointedOn(), e.getAppointmentId(),
				objections.findByElectionIdOrderByIdAsc(e.getId()).stream().map(ElectionObjection::view).toList());
	}

	// ---- candidate eligibility, public notice and appointment

	/**
	 * Whether a person in scope may stand as a candidate on the day, by the bureau's
	 * conditions in force that day and the one-vote veto on promotion.
	 */
	@Transactional(readOnly = true)
	public CandidateEligibility eligibility(DataScope scope, long staffId, LocalDate on) {
		if (on == null) {
			throw new Rejection("on", "cadres.election.day");
		}
		List<Problem> problems = new ArrayList<>();
		checkYear(problems, "on", on.getYear());
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		return eligibility(staff.get(scope, staffId), on);
	}

	private CandidateEligibility eligibility(StaffView p, LocalDate on) {
		VetoDecision veto = ethics.veto(DataScope.all(), p.id(), on, VetoPurpose.PROMOTION);
		CandidateRule.Conditions conditions = new CandidateRule.Conditions(
				rules.parameter(LocalParameter.CADRE_CANDIDATE_MIN_TITLE, on).intValue(),
				rules.parameter(LocalParameter.CADRE_CANDIDATE_WORK_YEARS, on).intValue(),
				rules.parameter(LocalParameter.CADRE_CANDIDATE_MAX_AGE, on).intValue());
		LocalDate workStart = p.workStartDate() != null ? p.workStartDate() : p.hireDate();
		return CandidateRule.decide(new CandidateRule.Facts(p.name(), p.titleLevel(), workStart, p.birthDate(),
				veto.blocked() ? veto.reasons() : List.of()), on, conditions);
	}

	/** The last day of a public notice posted on the day, with the counting's reasons. */
	@Transactional(readOnly = true)
	public PeriodEnd noticeEnd(LocalDate on) {
		int days = rules.parameter(LocalParameter.CADRE_PUBLIC_NOTICE_WORKING_DAYS, on).intValue();
		return rules.periodEnd(PolicyRule.CADRE_PUBLIC_NOTICE, on, days, true);
	}

	/**
	 * Posts the result of a counted, valid election that elected someone (公示): from the
	 * day, for {@code cadre.publicNoticeWorkingDays} working days not counting it.
	 */
	@Transactional
	public ElectionView postNotice(DataScope scope, long id, NoticeForm form) {
		if (form == null || form.on() == null) {
			throw new Rejection("on", "cadres.notice.dayRequired");
		}
		List<Problem> problems = new ArrayList<>();
		checkYear(problems, "on", form.on().getYear());
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		Election e = election0(scope, id);
		PeriodEnd end = noticeEnd(form.on());
		e.postNotice(form.on(), end.due());
		audit.record(AuditAction.UPDATE, ELECTION, id, e.getTitle() + ": 公示",
				List.of(new Change("noticeFrom", null, form.on().toString()),
						new Change("noticeUntil", null, end.due().toString())));
		return view(e);
	}

	/**
	 * Records an objection received while the notice runs (its first to its last day).
	 */
	@Transactional
	public ElectionView raiseObjection(DataScope scope, long id, ObjectionForm form) {
		Election e = election0(scope, id);
		List<Problem> problems = new ArrayList<>();
		String content = text(form == null ? null : form.content());
		if (content == null || content.length() > 1000) {
			problems.add(new Problem("content", "cadres.objection.contentRequired"));
		}
		if (form == null || form.receivedOn() == null) {
			problems.add(new Problem("receivedOn", "cadres.objection.dayRequired"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		if (e.getNoticeFrom() == null) {
			throw new Rejection("status", "cadres.objection.noNotice");
		}
		if (e.getAppointmentId() != null) {
			throw new Rejection("status", "cadres.notice.appointed", e.getAppointedOn().toString());
		}
		if (form.receivedOn().isBefore(e.getNoticeFrom()) || form.receivedOn().isAfter(e.getNoticeUntil())) {
			throw new Rejection("receivedOn", "cadres.objection.outsideNotice", form.receivedOn().toString(),
					e.getNoticeFrom().toString(), e.getNoticeUntil().toString());
		}
		ElectionObjection o = objections.save(new ElectionObjection(id, form.receivedOn(), content, Actor.current()));
		audit.record(AuditAction.CREATE, OBJECTION, o.getId(), e.getTitle(), Change
			.created(Map.of("electionId", id, "receivedOn", form.receivedOn().toString(), "content", content)));
		return view(e);
	}

	/**
	 * Resolves an objection once: upheld (the elected person is not appointed) or
	 * dismissed.
	 */
	@Transactional
	public ElectionView resolveObjection(DataScope scope, long id, long objectionId, ResolveForm form) {
		Election e = election0(scope, id);
		ElectionObjection o = objections.findById(objectionId)
			.filter(x -> x.getElectionId().equals(id))
			.orElseThrow(() -> new NotFound("objection " + objectionId));
		List<Problem> problems = new ArrayList<>();
		String resolution = text(form == null ? null : form.resolution());
		if (form == null || form.upheld() == null) {
			problems.add(new Problem("upheld", "cadres.objection.upheldRequired"));
		}
		if (resolution == null || resolution.length() > 1000) {
			problems.add(new Problem("resolution", "cadres.objection.resolutionRequired"));
		}
		if (form == null || form.on() == null) {
			problems.add(new Problem("on", "cadres.objection.dayRequired"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		ObjectionStatus from = o.getStatus();
		o.resolve(form.upheld(), resolution, form.on(), Actor.current());
		audit.record(AuditAction.UPDATE, OBJECTION, objectionId, e.getTitle(), List
			.of(new Change("status", from.name(), o.getStatus().name()), new Change("resolution", null, resolution)));
		return view(e);
	}

	/**
	 * Appoints the elected person to the election's post after the notice has ended (not
	 * on its last day), with no objection open or upheld; a single post's holder ends as
	 * succeeded the day before.
	 */
	@Transactional
	public ElectionView appointElected(DataScope scope, long id, ElectedAppointmentForm form) {
		List<Problem> problems = new ArrayList<>();
		String document = text(form == null ? null : form.documentNo());
		if (document == null || document.length() > 100) {
			problems.add(new Problem("documentNo", "cadres.appointment.documentNo"));
		}
		if (form == null || form.on() == null) {
			problems.add(new Problem("on", "cadres.appointment.startDate"));
		}
		else {
			checkYear(problems, "on", form.on().getYear());
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		Election e = election0(scope, id);
		if (e.getNoticeFrom() == null) {
			throw new Rejection("status", "cadres.objection.noNotice");
		}
		if (e.getAppointmentId() != null) {
			throw new Rejection("status", "cadres.notice.appointed", e.getAppointedOn().toString());
		}
		if (!form.on().isAfter(e.getNoticeUntil())) {
			throw new Rejection("on", "cadres.notice.running", form.on().toString(), e.getNoticeFrom().toString(),
					e.getNoticeUntil().toString());
		}
		List<ElectionObjection> raised = objections.findByElectionIdOrderByIdAsc(id);
		long open = raised.stream().filter(o -> o.getStatus() == ObjectionStatus.OPEN).count();
		if (open > 0) {
			throw new Rejection("status", "cadres.notice.objectionsOpen", open);
		}
		if (raised.stream().anyMatch(o -> o.getStatus() == ObjectionStatus.UPHELD)) {
			throw new Rejection("status", "cadres.notice.objectionUpheld");
		}
		CadrePost post = posts.findById(e.getPostId()).orElseThrow();
		if (!post.isActive()) {
			throw new Rejection("postId", "cadres.post.inactive");
		}
		StaffView person = activePerson(DataScope.all(), e.getElectedStaffId(), "electedStaffId");
		if (post.getKind().single()) {
			for (Appointment holder : appointments.findByPostIdAndEndDateIsNull(post.getId())) {
				LocalDate last = form.on().minusDays(1);
				end(holder, new Forms.EndForm(last.isBefore(holder.getStartDate()) ? holder.getStartDate() : last,
						EndReason.SUCCEEDED, e.getTitle()));
			}
		}
		Appointment a = appointments
			.save(new Appointment(post, person.id(), person.name(), form.on(), document, Actor.current()));
		e.appointed(a.getId(), form.on());
		audit.record(AuditAction.CREATE, APPOINTMENT, a.getId(), person.name() + " → " + post.getTitle(),
				Change.created(Map.of("postId", post.getId(), "staffId", person.id(), "startDate", form.on().toString(),
						"documentNo", document, "electionId", id)));
		audit.record(AuditAction.UPDATE, ELECTION, id, e.getTitle(),
				List.of(new Change("appointedOn", null, form.on().toString())));
		return view(e);
	}

	// ---- reserve cadres

	@Transactional(readOnly = true)
	public List<ReserveView> reserves(DataScope scope) {
		Map<Long, UnitView> units = visibleUnits(scope);
		List<Reserve> found = units == null ? reserves.findByActiveTrueOrderByUnitIdAscIdAsc() : units.isEmpty()
				? List.of() : reserves.findByActiveTrueAndUnitIdInOrderByUnitIdAscIdAsc(units.keySet());
		Map<Long, String> names = unitNames(found.stream().map(Reserve::getUnitId).toList());
		return found.stream().map(r -> view(r, names.get(r.getUnitId()))).toList();
	}

	/** One page of {@link #reserves(DataScope)}, paged in the query. */
	@Transactional(readOnly = true)
	public Page<ReserveView> reserves(DataScope scope, int page, int size) {
		Page<Reserve> found = reserves.findAll(
				this.<Reserve>inScope(scope).and((root, q, cb) -> cb.isTrue(root.get("active"))),
				Paging.request(page, size, MAX_PAGE_SIZE, Sort.by("unitId", "id")));
		Map<Long, String> names = unitNames(found.getContent().stream().map(Reserve::getUnitId).toList());
		return found.map(r -> view(r, names.get(r.getUnitId())));
	}

	@Transactional
	public ReserveView nominate(DataScope scope, ReserveForm form) {
		List<Problem> problems = new ArrayList<>();
		if (form.unitId() == null) {
			problems.add(new Problem("unitId", "cadres.unit.required"));
		}
		if (form.postKind() == null) {
			problems.add(new Problem("postKind", "cadres.post.kindRequired"));
		}
		if (form.staffId() == null) {
			problems.add(new Problem("staffId", "cadres.staff.required"));
		}
		String recommendation = text(form.recommendation());
		if (recommendation == null || recommendation.length() > 1000) {
			problems.add(new Problem("recommendation", "cadres.reserve.recommendation"));
		}
		LocalDate on = form.nominatedOn() == null ? today() : form.nominatedOn();
		checkYear(problems, "nominatedOn", on.getYear());
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		checkUnit(scope, form.unitId(), "unit " + form.unitId());
		StaffView person = activePerson(scope, form.staffId(), "staffId");
		Reserve r = reserves.save(new Reserve(form.unitId(), form.postKind(), person.id(), person.name(),
				person.sex() == IdNumberCheck.Sex.FEMALE, person.birthDate(), recommendation, on, Actor.current()));
		audit.record(AuditAction.CREATE, RESERVE, r.getId(), person.name(),
				Change.created(Map.of("unitId", form.unitId(), "postKind", form.postKind().name(), "staffId",
						person.id(), "nominatedOn", on.toString())));
		return view(r, unitNames(List.of(r.getUnitId())).get(r.getUnitId()));
	}

	// ---- leadership-team assessment (班子考核)

	/** The units of a round in scope, by id with their names, for the round's forms. */
	@Transactional(readOnly = true)
	public Map<Long, String> roundUnits(DataScope scope, long roundId) {
		EvaluationRound r = round0(roundId);
		Map<Long, UnitView> units = visibleUnits(scope);
		List<Long> shown = r.getUnitIds().stream().filter(u -> units == null || units.containsKey(u)).sorted().toList();
		Map<Long, String> names = unitNames(shown);
		Map<Long, String> ordered = new LinkedHashMap<>();
		shown.forEach(u -> ordered.put(u, names.get(u)));
		return ordered;
	}

	/** The assessment teams of a round that assess a unit in scope. */
	@Transactional(readOnly = true)
	public List<TeamView> teams(DataScope scope, long roundId) {
		round0(roundId);
		Map<Long, UnitView> units = visibleUnits(scope);
		List<AssessmentTeam> found = assessmentTeams.findByRoundIdOrderByIdAsc(roundId)
			.stream()
			.filter(t -> units == null || t.getUnitIds().stream().anyMatch(units::containsKey))
			.toList();
		Set<Long> staffIds = found.stream().flatMap(t -> t.getMemberStaffIds().stream()).collect(Collectors.toSet());
		Map<Long, String> people = new HashMap<>();
		staffIds.forEach(id -> people.put(id, staff.get(DataScope.all(), id).name()));
		Map<Long, String> names = unitNames(found.stream().flatMap(t -> t.getUnitIds().stream()).toList());
		return found.stream().map(t -> view(t, people, names)).toList();
	}

	/**
	 * Forms an assessment team (考核组) for an open round: a name unique in the round,
	 * members from staff, and units of the round that no other team of it assesses.
	 */
	@Transactional
	public TeamView createTeam(DataScope scope, long roundId, TeamForm form) {
		EvaluationRound r = round0(roundId);
		if (r.getStatus() != RoundStatus.OPEN) {
			throw new Rejection("status", "cadres.round.closed", r.getName());
		}
		List<Problem> problems = new ArrayList<>();
		String name = text(form.name());
		if (name == null || name.length() > 100) {
			problems.add(new Problem("name", "cadres.team.name.required"));
		}
		else if (assessmentTeams.existsByRoundIdAndName(roundId, name)) {
			problems.add(new Problem("name", "cadres.team.nameTaken", name));
		}
		if (form.memberStaffIds() == null || form.memberStaffIds().isEmpty()) {
			problems.add(new Problem("memberStaffIds", "cadres.team.members"));
		}
		if (form.unitIds() == null || form.unitIds().isEmpty()) {
			problems.add(new Problem("unitIds", "cadres.team.units"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		Set<Long> members = new LinkedHashSet<>();
		Map<Long, String> people = new HashMap<>();
		for (Long id : form.memberStaffIds()) {
			if (id == null || !members.add(id)) {
				throw new Rejection("memberStaffIds", "cadres.team.memberTwice", String.valueOf(id));
			}
			people.put(id, activePerson(scope, id, "memberStaffIds").name());
		}
		Set<Long> taken = new HashSet<>();
		assessmentTeams.findByRoundIdOrderByIdAsc(roundId).forEach(t -> taken.addAll(t.getUnitIds()));
		Set<Long> units = new LinkedHashSet<>();
		for (Long u : form.unitIds()) {
			if (u == null || !r.getUnitIds().contains(u) || scope.kind() == ScopeKind.SELF || !org.isWithin(scope, u)) {
				throw new Rejection("unitIds", "cadres.team.unitOutside", String.valueOf(u), r.getName());
			}
			if (taken.contains(u)) {
				throw new Rejection("unitIds", "cadres.team.unitTaken", unitNames(List.of(u)).get(u));
			}
			units.add(u);
		}
		AssessmentTeam t = assessmentTeams.save(new AssessmentTeam(roundId, name, members, units, Actor.current()));
		Map<Long, String> names = unitNames(units);
		audit.record(AuditAction.CREATE, TEAM, t.getId(), name,
				Change.created(Map.of("roundId", roundId, "members",
						members.stream().map(people::get).collect(Collectors.joining("、")), "units",
						units.stream().map(names::get).collect(Collectors.joining("、")))));
		return view(t, people, names);
	}

	/** The leadership-team grades of a round for the units in scope. */
	@Transactional(readOnly = true)
	public List<TeamAssessmentView> teamAssessments(DataScope scope, long roundId) {
		round0(roundId);
		Map<Long, UnitView> units = visibleUnits(scope);
		List<TeamAssessment> found = teamAssessments.findByRoundIdOrderByUnitIdAsc(roundId)
			.stream()
			.filter(a -> units == null || units.containsKey(a.getUnitId()))
			.toList();
		return teamViews(found, false);
	}

	/** A unit's leadership-team assessments over the years, latest first. */
	@Transactional(readOnly = true)
	public List<TeamAssessmentView> teamAssessmentsOf(DataScope scope, long unitId) {
		checkUnit(scope, unitId, "unit " + unitId);
		return teamViews(teamAssessments.findByUnitIdOrderByYearDescIdDesc(unitId), false);
	}

	/**
	 * One leadership-team assessment with its reasons, history and each cadre's
	 * democratic evaluation in the same round (the 诫勉 / 免职 outcomes stay on those).
	 */
	@Transactional(readOnly = true)
	public TeamAssessmentView teamAssessment(DataScope scope, long id) {
		TeamAssessment a = teamAssessments.findById(id).orElseThrow(() -> new NotFound("team assessment " + id));
		checkUnit(scope, a.getUnitId(), "team assessment " + id);
		return teamViews(List.of(a), true).get(0);
	}

	/**
	 * Enters (or corrects, while the round is open and the grade unconfirmed) a unit's
	 * team ballots; the grade is {@link TeamGradeRule} with the thresholds in force on
	 * the last day of the round's year.
	 */
	@Transactional
	public TeamAssessmentView enterTeamAssessment(DataScope scope, long roundId, TeamAssessmentForm form) {
		EvaluationRound r = round0(roundId);
		if (r.getStatus() != RoundStatus.OPEN) {
			throw new Rejection("status", "cadres.round.closed", r.getName());
		}
		if (form.unitId() == null) {
			throw new Rejection("unitId", "cadres.unit.required");
		}
		checkUnit(scope, form.unitId(), "unit " + form.unitId());
		if (!r.getUnitIds().contains(form.unitId())) {
			throw new Rejection("unitId", "cadres.team.unitOutside",
					unitNames(List.of(form.unitId())).get(form.unitId()), r.getName());
		}
		AssessmentTeam team = assessmentTeams.findByRoundIdOrderByIdAsc(roundId)
			.stream()
			.filter(t -> t.getUnitIds().contains(form.unitId()))
			.findFirst()
			.orElseThrow(() -> new Rejection("teamId", "cadres.team.noTeam"));
		if (form.teamId() != null && !form.teamId().equals(team.getId())) {
			throw new Rejection("teamId", "cadres.team.otherTeam", team.getName());
		}
		List<Problem> problems = new ArrayList<>();
		int good = count(problems, "good", form.good());
		int fairlyGood = count(problems, "fairlyGood", form.fairlyGood());
		int average = count(problems, "average", form.average());
		int poor = count(problems, "poor", form.poor());
		if (problems.isEmpty() && (long) good + fairlyGood + average + poor == 0) {
			problems.add(new Problem(null, "cadres.tally.noValid"));
		}
		String note = text(form.note());
		if (note != null && note.length() > 1000) {
			problems.add(new Problem("note", "cadres.note.tooLong", 1000));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		TeamAssessment a = teamAssessments.findByRoundIdAndUnitId(roundId, form.unitId()).orElse(null);
		if (a != null && a.getStatus() == TeamAssessmentStatus.CONFIRMED) {
			throw new Rejection("status", "cadres.team.confirmed");
		}
		TeamGradeRule.Decision d = TeamGradeRule.decide(good, fairlyGood, average, poor, thresholds(r.getYear()));
		boolean created = a == null;
		String before = created ? null : tallyText(a);
		if (created) {
			a = new TeamAssessment(r, form.unitId());
		}
		a.count(team.getId(), good, fairlyGood, average, poor, d, note, Actor.current());
		a = teamAssessments.save(a);
		teamSteps.save(new TeamAssessmentStep(a.getId(), created ? null : TeamAssessmentStatus.ENTERED,
				TeamAssessmentStatus.ENTERED, d.grade(), Actor.current()));
		audit.record(created ? AuditAction.CREATE : AuditAction.UPDATE, TEAM_ASSESSMENT, a.getId(),
				unitNames(List.of(a.getUnitId())).get(a.getUnitId()) + " " + r.getYear() + ": " + d.grade(),
				List.of(new Change("ballots", before, tallyText(a)), new Change("grade", null, d.grade().name())));
		return teamViews(List.of(a), false).get(0);
	}

	/** Confirms a grade (ENTERED → CONFIRMED); a confirmed grade no longer changes. */
	@Transactional
	public TeamAssessmentView confirmTeamAssessment(DataScope scope, long id) {
		TeamAssessment a = teamAssessments.findById(id).orElseThrow(() -> new NotFound("team assessment " + id));
		checkUnit(scope, a.getUnitId(), "team assessment " + id);
		if (a.getStatus() != TeamAssessmentStatus.ENTERED) {
			throw new Rejection("status", "cadres.team.confirmed");
		}
		a.confirm();
		teamSteps.save(new TeamAssessmentStep(id, TeamAssessmentStatus.ENTERED, TeamAssessmentStatus.CONFIRMED,
				a.getGrade(), Actor.current()));
		audit.record(AuditAction.UPDATE, TEAM_ASSESSMENT, id, a.getYear() + ": " + a.getGrade(), List
			.of(new Change("status", TeamAssessmentStatus.ENTERED.name(), TeamAssessmentStatus.CONFIRMED.name())));
		return teamViews(List.of(a), true).get(0);
	}

	private TeamGradeRule.Thresholds thresholds(int year) {
		LocalDate on = LocalDate.of(year, 12, 31);
		return new TeamGradeRule.Thresholds(rules.parameter(LocalParameter.CADRE_TEAM_GOOD_SHARE, on).intValue(),
				rules.parameter(LocalParameter.CADRE_TEAM_FAIRLY_GOOD_SHARE, on).intValue(),
				rules.parameter(LocalParameter.CADRE_TEAM_POOR_SHARE, on).intValue());
	}

	private static String tallyText(TeamAssessment a) {
		return a.getGood() + "/" + a.getFairlyGood() + "/" + a.getAverage() + "/" + a.getPoor();
	}

	private List<TeamAssessmentView> teamViews(List<TeamAssessment> list, boolean detail) {
		Map<Long, String> names = unitNames(list.stream().map(TeamAssessment::getUnitId).toList());
		Map<Long, String> teamNames = new HashMap<>();
		assessmentTeams.findAllById(list.stream().map(TeamAssessment::getTeamId).collect(Collectors.toSet()))
			.forEach(t -> teamNames.put(t.getId(), t.getName()));
		return list.stream().map(a -> {
			List<Reason> reasons = TeamGradeRule
				.decide(a.getGood(), a.getFairlyGood(), a.getAverage(), a.getPoor(), thresholds(a.getYear()))
				.reasons();
			List<Views.TeamStepView> history = detail ? teamSteps.findByAssessmentIdOrderByIdAsc(a.getId())
				.stream()
				.map(TeamAssessmentStep::view)
				.toList() : List.of();
			List<CadreLine> lines = detail ? cadresOf(DataScope.unit(a.getUnitId()), a.getRoundId()) : List.of();
			return new TeamAssessmentView(a.getId(), a.getRoundId(), a.getTeamId(), teamNames.get(a.getTeamId()),
					a.getUnitId(), names.get(a.getUnitId()), a.getYear(), a.getGood(), a.getFairlyGood(),
					a.getAverage(), a.getPoor(), a.getGrade(), a.getGoodShare(), a.getFavourableShare(),
					a.getPoorShare(), a.getStatus(), a.getNote(), a.getEnteredBy(), a.getEnteredAt(), reasons, history,
					lines);
		}).toList();
	}

	private TeamView view(AssessmentTeam t, Map<Long, String> people, Map<Long, String> unitNames) {
		List<Long> members = List.copyOf(new java.util.TreeSet<>(t.getMemberStaffIds()));
		List<Long> units = List.copyOf(new java.util.TreeSet<>(t.getUnitIds()));
		return new TeamView(t.getId(), t.getRoundId(), t.getName(), members, members.stream().map(people::get).toList(),
				units, units.stream().map(unitNames::get).toList());
	}

	List<TeamAssessment> teamAssessmentsIn(DataScope scope, int year) {
		Map<Long, UnitView> units = visibleUnits(scope);
		return units == null ? teamAssessments.findByYear(year)
				: units.isEmpty() ? List.of() : teamAssessments.findByYearAndUnitIdIn(year, units.keySet());
	}

	// ---- for the figures (same package)

	List<Appointment> appointmentsIn(DataScope scope) {
		Map<Long, UnitView> units = visibleUnits(scope);
		return units == null ? appointments.findAllByOrderByUnitIdAscStartDateDescIdDesc() : units.isEmpty() ? List.of()
				: appointments.findByUnitIdInOrderByUnitIdAscStartDateDescIdDesc(units.keySet());
	}

	List<CadrePost> postsIn(DataScope scope) {
		Map<Long, UnitView> units = visibleUnits(scope);
		return units == null ? posts.findAllByOrderByUnitIdAscKindAscIdAsc()
				: units.isEmpty() ? List.of() : posts.findByUnitIdInOrderByUnitIdAscKindAscIdAsc(units.keySet());
	}

	List<Tally> talliesIn(DataScope scope, int fromYear, int toYear) {
		Map<Long, UnitView> units = visibleUnits(scope);
		return units == null ? tallies.findByYearBetween(fromYear, toYear)
				: units.isEmpty() ? List.of() : tallies.findByYearBetweenAndUnitIdIn(fromYear, toYear, units.keySet());
	}

	List<Reserve> reservesIn(DataScope scope) {
		Map<Long, UnitView> units = visibleUnits(scope);
		return units == null ? reserves.findByActiveTrueOrderByUnitIdAscIdAsc() : units.isEmpty() ? List.of()
				: reserves.findByActiveTrueAndUnitIdInOrderByUnitIdAscIdAsc(units.keySet());
	}

	List<Election> electionsIn(DataScope scope) {
		Map<Long, UnitView> units = visibleUnits(scope);
		return units == null ? elections.findAllByOrderByElectionDayDescIdDesc()
				: units.isEmpty() ? List.of() : elections.findByUnitIdInOrderByElectionDayDescIdDesc(units.keySet());
	}

	Map<Long, String> teamNamesOf(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		assessmentTeams.findAllById(new HashSet<>(ids)).forEach(t -> names.put(t.getId(), t.getName()));
		return names;
	}

	Map<Long, String> unitNamesOf(Collection<Long> ids) {
		return unitNames(ids);
	}

	Map<Long, String> staffNamesOfAppointments(Collection<Long> appointmentIds) {
		Map<Long, String> names = new HashMap<>();
		appointments.findAllById(appointmentIds).forEach(a -> names.put(a.getId(), a.getStaffName()));
		return names;
	}

	// ---- helpers

	private StaffView activePerson(DataScope scope, long staffId, String field) {
		StaffView person = staff.get(scope, staffId);
		if (person.status() != StaffStatus.ACTIVE) {
			throw new Rejection(field, "cadres.staff.notActive", person.name());
		}
		return person;
	}

	private List<AppointmentView> views(List<Appointment> list) {
		Map<Long, CadrePost> postById = new HashMap<>();
		posts.findAllById(list.stream().map(Appointment::getPostId).collect(Collectors.toSet()))
			.forEach(p -> postById.put(p.getId(), p));
		Map<Long, String> names = unitNames(list.stream().map(Appointment::getUnitId).toList());
		return list.stream().map(a -> {
			CadrePost p = postById.get(a.getPostId());
			return new AppointmentView(a.getId(), a.getPostId(), p.getKind(), p.getTitle(), a.getUnitId(),
					names.get(a.getUnitId()), a.getStaffId(), a.getStaffName(), a.getStartDate(), a.getDocumentNo(),
					a.getEndDate(), a.getEndReason(), a.getEndNote());
		}).toList();
	}

	private static PostView view(CadrePost p, String unitName) {
		return new PostView(p.getId(), p.getUnitId(), unitName, p.getKind(), p.getTitle(), p.isActive());
	}

	private static ReserveView view(Reserve r, String unitName) {
		return new ReserveView(r.getId(), r.getUnitId(), unitName, r.getPostKind(), r.getStaffId(), r.getStaffName(),
				r.isFemale(), r.getBirthDate(), r.getRecommendation(), r.getNominatedOn());
	}

	private RoundView view(EvaluationRound r, List<RoundStep> history) {
		return new RoundView(r.getId(), r.getYear(), r.getName(), r.getStatus(), List.copyOf(r.getUnitIds()),
				r.getOpenedBy(), r.getOpenedAt(), r.getClosedBy(), r.getClosedAt(),
				history.stream().map(RoundStep::view).toList());
	}

	private static int count(List<Problem> problems, String field, Integer value) {
		if (value == null) {
			problems.add(new Problem(field, "cadres.count.required"));
			return 0;
		}
		if (value < 0 || value > 100_000) {
			problems.add(new Problem(field, "cadres.count.range", value));
			return 0;
		}
		return value;
	}

	private static void checkYear(List<Problem> problems, String field, int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			problems.add(new Problem(field, "cadres.year.range", Integer.toString(year), FIRST_YEAR, LAST_YEAR));
		}
	}

	private static String text(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return value.strip();
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	static BigDecimal ratio(long part, long whole) {
		return whole == 0 ? BigDecimal.ZERO
				: BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, java.math.RoundingMode.HALF_UP);
	}

}
