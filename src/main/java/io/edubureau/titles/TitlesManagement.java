package io.edubureau.titles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.establishment.EstablishmentManagement;
import io.edubureau.ethics.EthicsManagement;
import io.edubureau.ethics.VetoDecision;
import io.edubureau.ethics.VetoPurpose;
import io.edubureau.establishment.UnitEstablishment;
import io.edubureau.org.DataScope;
import io.edubureau.org.Locality;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.ScopeKind;
import io.edubureau.org.Stage;
import io.edubureau.org.UnitFilter;
import io.edubureau.org.UnitView;
import io.edubureau.recruitment.PostVacancies;
import io.edubureau.recruitment.RecruitmentManagement;
import io.edubureau.personnelfile.PersonnelFileManagement;
import io.edubureau.platform.Actor;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Paging;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.rules.LocalParameter;
import io.edubureau.rules.RulesManagement;
import io.edubureau.registration.RegistrationManagement;
import io.edubureau.registration.RegistrationStanding;
import io.edubureau.staff.AppraisalRecord;
import io.edubureau.staff.EthicsResult;
import io.edubureau.staff.AppraisalResult;
import io.edubureau.staff.FileCategory;
import io.edubureau.staff.FileEntryView;
import io.edubureau.staff.Headcount;
import io.edubureau.staff.PostCategory;
import io.edubureau.staff.StaffEventKind;
import io.edubureau.staff.StaffEventView;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import io.edubureau.staff.TitleForm;
import io.edubureau.staff.TitleLevel;
import io.edubureau.staff.WorkForm;
import io.edubureau.titles.EligibilityInputs.YearResult;
import io.edubureau.training.TrainingManagement;
import io.edubureau.titles.TitleForms.AdvanceForm;
import io.edubureau.titles.TitleForms.ApplicationForm;
import io.edubureau.titles.TitleForms.AppointmentForm;
import io.edubureau.titles.TitleForms.DecisionForm;
import io.edubureau.titles.TitleForms.ObjectionForm;
import io.edubureau.titles.TitleForms.PanelMemberForm;
import io.edubureau.titles.TitleForms.RatioForm;
import io.edubureau.titles.TitleForms.ResolutionForm;
import io.edubureau.titles.TitleForms.RoundForm;
import io.edubureau.titles.TitleForms.VoteForm;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The titles module's public face: eligibility with reasons, yearly rounds with their
 * post structure and panel, applications through recommendation, review, vote, public
 * notice, result and appointment. Every call takes the caller's {@link DataScope}.
 */
@Service
public class TitlesManagement {

	static final String ROUND = "titles.round";

	static final String APPLICATION = "titles.application";

	/** Levels that have posts in the post structure. */
	static final List<TitleLevel> POST_LEVELS = List.of(TitleLevel.PROFESSOR_SENIOR, TitleLevel.SENIOR,
			TitleLevel.FIRST, TitleLevel.SECOND, TitleLevel.THIRD);

	/** Stages whose ratios a round keeps; a unit takes its highest stage's ratios. */
	static final List<Stage> RATIO_STAGES = List.of(Stage.SENIOR, Stage.JUNIOR, Stage.PRIMARY, Stage.VOCATIONAL,
			Stage.SPECIAL, Stage.PRESCHOOL);

	private final RoundRepository rounds;

	private final RatioRepository ratios;

	private final MemberRepository members;

	private final ApplicationRepository applications;

	private final MaterialRepository materials;

	private final VoteRepository votes;

	private final ObjectionRepository objections;

	private final StepRepository steps;

	private final StaffManagement staff;

	private final OrgManagement org;

	private final RulesManagement rules;

	private final EstablishmentManagement establishment;

	private final AuditManagement audit;

	private final TrainingManagement training;

	private final RegistrationManagement registration;

	private final EthicsManagement ethics;

	private final PersonnelFileManagement personnelFile;

	private final RecruitmentManagement recruitment;

	private final Clock clock = Clock.systemDefaultZone();

	TitlesManagement(RoundRepository rounds, RatioRepository ratios, MemberRepository members,
			ApplicationRepository applications, MaterialRepository materials, VoteRepository votes,
			ObjectionRepository objections, StepRepository steps, StaffManagement staff, OrgManagement org,
			RulesManagement rules, EstablishmentManagement establishment, AuditManagement audit,
			TrainingManagement training, RegistrationManagement registration, EthicsManagement ethics,
			PersonnelFileManagement personnelFile, RecruitmentManagement recruitment) {
		this.personnelFile = personnelFile;
		this.recruitment = recruitment;
		this.ethics = ethics;
		this.training = training;
		this.registration = registration;
		this.rounds = rounds;
		this.ratios = ratios;
		this.members = members;
		this.applications = applications;
		this.materials = materials;
		this.votes = votes;
		this.objections = objections;
		this.steps = steps;
		this.staff = staff;
		this.org = org;
		this.rules = rules;
		this.establishment = establishment;
		this.audit = audit;
	}

	// ---- eligibility

	/**
	 * Whether the person may apply for the target level today, with every criterion's
	 * reason; a target not above the current title is refused (422).
	 */
	@Transactional(readOnly = true)
	public TitleDecision eligibility(DataScope scope, long staffId, TitleLevel target) {
		return eligibility(scope, staff.get(scope, staffId), target, today());
	}

	private TitleDecision eligibility(DataScope scope, StaffView person, TitleLevel target, LocalDate on) {
		return withVeto(TitleEligibility.decide(inputs(scope, person, on), target, on),
				ethics.veto(scope, person.id(), on, VetoPurpose.TITLE));
	}

	/**
	 * The ethics and sanction criteria replaced by the one-vote veto, the one rule ethics
	 * decides for every module: one VETO criterion per reason it gives.
	 */
	static TitleDecision withVeto(TitleDecision d, VetoDecision veto) {
		List<TitleDecision.Criterion> criteria = new ArrayList<>();
		for (TitleDecision.Criterion c : d.criteria()) {
			if (!c.code().equals("ETHICS") && !c.code().equals("SANCTION")) {
				criteria.add(c);
			}
		}
		veto.reasons().forEach(r -> criteria.add(new TitleDecision.Criterion("VETO", !veto.blocked(), r)));
		return new TitleDecision(d.current(), d.target(), criteria.stream().allMatch(TitleDecision.Criterion::met),
				List.copyOf(criteria));
	}

	EligibilityInputs inputs(DataScope scope, StaffView person, LocalDate on) {
		TitleLevel current = person.titleLevel() == null ? TitleLevel.NONE : person.titleLevel();
		LocalDate since = staff.titles(scope, person.id())
			.stream()
			.filter(t -> t.level() == current && t.obtainedOn() != null)
			.map(TitleForm::obtainedOn)
			.max(Comparator.naturalOrder())
			.orElse(person.titleDate());
		LocalDate workStart = person.workStartDate() != null ? person.workStartDate() : person.hireDate();
		Map<Long, UnitView> unitOf = org.byIds(List.of(person.unitId()));
		UnitView unit = unitOf.get(person.unitId());
		boolean urban = unit != null && unit.locality() != null && unit.locality() != Locality.RURAL;
		int ruralYears = rules.parameter(LocalParameter.TITLE_RURAL_SERVICE_YEARS, on).intValue();
		boolean ruralForFirst = rules.parameter(LocalParameter.TITLE_RURAL_SERVICE_FOR_FIRST_GRADE, on).intValue() == 1;
		Standing standing = registration(scope, person.id(), on);
		int cycleYears = rules.parameter(LocalParameter.REGISTRATION_CYCLE_YEARS, on).intValue();
		LocalDate windowFrom = on.minusYears(cycleYears).plusDays(1);
		Integer hours = trainingHours(scope, person.id(), windowFrom, on);
		int required = requiredHours(rules.parameter(LocalParameter.TRAINING_CYCLE_HOURS, on).intValue(), windowFrom,
				on, workStart);
		return new EligibilityInputs(current, since, workStart, person.highestEducation(), person.stage(), urban,
				ruralServiceDays(scope, person, on), ruralYears, ruralForFirst, appraisals(scope, person.id()),
				standing == null ? null : standing.registered(), standing == null ? null : standing.mayTeach(), hours,
				required, personnelFile.sanctions(scope, person.id()));
	}

	/**
	 * Hours required in the look-back window: the full cycle hours, prorated by days when
	 * work started inside the window (rounded down).
	 */
	static int requiredHours(int cycleHours, LocalDate from, LocalDate to, LocalDate workStart) {
		if (workStart == null || !workStart.isAfter(from)) {
			return cycleHours;
		}
		long window = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
		long served = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(workStart, to) + 1);
		return (int) (cycleHours * served / window);
	}

	/** Registration standing on the day, from the registration module. */
	private Standing registration(DataScope scope, long staffId, LocalDate on) {
		RegistrationStanding s = registration.standing(scope, staffId, on);
		return new Standing(s.registered(), s.mayTeach());
	}

	/** Credited continuing-education hours in the window, from the training ledger. */
	private Integer trainingHours(DataScope scope, long staffId, LocalDate from, LocalDate to) {
		return training.hours(scope, staffId, from, to).total();
	}

	/** Annual appraisals with the year's ethics assessment, from the personnel file. */
	private List<YearResult> appraisals(DataScope scope, long staffId) {
		List<YearResult> found = new ArrayList<>();
		for (AppraisalRecord a : staff.appraisals(scope, staffId)) {
			if (a.result() != null) {
				found.add(new YearResult(a.year(), competent(a.result()), a.result().name(),
						a.ethics() == EthicsResult.FAILED));
			}
		}
		return found;
	}

	static boolean competent(AppraisalResult result) {
		return result == AppraisalResult.EXCELLENT || result == AppraisalResult.COMPETENT;
	}

	/** Registration standing as the eligibility rule reads it. */
	record Standing(boolean registered, Boolean mayTeach) {
	}

	/**
	 * Days in rural units: periods between hire and transfer events at a unit whose
	 * locality is RURAL, and work-history entries naming a rural unit of the county
	 * exactly; overlaps count once.
	 */
	long ruralServiceDays(DataScope scope, StaffView person, LocalDate on) {
		List<StaffEventView> events = new ArrayList<>(staff.history(scope, person.id()));
		events.sort(Comparator.comparing(StaffEventView::occurredOn));
		record Stint(Long unitId, LocalDate from, LocalDate to) {
		}
		List<Stint> stints = new ArrayList<>();
		Long unit = null;
		LocalDate from = null;
		for (StaffEventView e : events) {
			switch (e.kind()) {
				case HIRE, TRANSFER -> {
					if (unit != null) {
						stints.add(new Stint(unit, from, e.occurredOn()));
					}
					unit = e.toUnitId();
					from = e.occurredOn();
				}
				case LEAVING, RETIREMENT, DEATH -> {
					if (unit != null) {
						stints.add(new Stint(unit, from, e.occurredOn()));
					}
					unit = null;
				}
				default -> {
				}
			}
		}
		if (unit != null && from != null && from.isBefore(on)) {
			stints.add(new Stint(unit, from, on.plusDays(1)));
		}
		Map<Long, UnitView> units = org.byIds(stints.stream().map(Stint::unitId).distinct().toList());
		List<RuralService.Period> rural = new ArrayList<>();
		for (Stint s : stints) {
			UnitView u = units.get(s.unitId());
			if (u != null && u.locality() == Locality.RURAL && s.from() != null) {
				rural.add(new RuralService.Period(s.from(), min(s.to(), on.plusDays(1))));
			}
		}
		for (FileEntryView e : staff.fileEntries(scope, person.id(), FileCategory.WORK_HISTORY)) {
			if (!e.archived() && e.data() instanceof WorkForm w && w.unit() != null && w.startDate() != null
					&& ruralUnitNamed(w.unit().strip())) {
				LocalDate end = w.endDate() == null ? on.plusDays(1) : w.endDate().plusDays(1);
				rural.add(new RuralService.Period(w.startDate(), min(end, on.plusDays(1))));
			}
		}
		return RuralService.days(rural);
	}

	private boolean ruralUnitNamed(String name) {
		if (name.isEmpty()) {
			return false;
		}
		return org.listAll(DataScope.all(), new UnitFilter(name, null, null, Locality.RURAL, null, null, null))
			.stream()
			.anyMatch(u -> name.equals(u.name()) || name.equals(u.shortName()));
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	// ---- rounds

	@Transactional(readOnly = true)
	public List<RoundView> rounds(DataScope scope) {
		return rounds.findAllByOrderByYearDesc()
			.stream()
			.filter(r -> org.covers(scope, r.getOwnerUnitId()))
			.map(this::toView)
			.toList();
	}

	@Transactional(readOnly = true)
	public RoundView round(DataScope scope, long roundId) {
		return toView(roundOf(scope, roundId));
	}

	/** Opens a round for a year with the default post-structure ratios. */
	@Transactional
	public RoundView openRound(DataScope scope, RoundForm form) {
		requireBureau(scope);
		List<Problem> problems = new ArrayList<>();
		if (form == null || form.year() == null || form.year() < 2000 || form.year() > 2100) {
			problems.add(new Problem("year", "titles.round.year"));
		}
		if (form == null || form.opensOn() == null) {
			problems.add(new Problem("opensOn", "titles.required"));
		}
		if (form == null || form.closesOn() == null) {
			problems.add(new Problem("closesOn", "titles.required"));
		}
		else if (form.opensOn() != null && form.closesOn().isBefore(form.opensOn())) {
			problems.add(new Problem("closesOn", "titles.round.closesBeforeOpens"));
		}
		Long owner = org.owningUnit(scope).orElseThrow(() -> new NotFound("no unit owns a round of this scope"));
		if (problems.isEmpty() && rounds.findByOwnerUnitIdAndYear(owner, form.year()).isPresent()) {
			problems.add(new Problem("year", "titles.round.exists", String.valueOf(form.year())));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		TitleRound round = rounds.saveAndFlush(new TitleRound(form.year(), form.opensOn(), form.closesOn(), owner));
		for (Stage stage : RATIO_STAGES) {
			for (TitleLevel level : POST_LEVELS) {
				ratios.save(new PostRatio(round.getId(), stage, level, defaultPercent(stage, level)));
			}
		}
		steps.save(new TitleStep(round.getId(), null, null, RoundState.OPEN, Actor.current(), null));
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("year", String.valueOf(form.year()));
		created.put("opensOn", form.opensOn());
		created.put("closesOn", form.closesOn());
		created.put("ownerUnitId", owner);
		audit.record(AuditAction.CREATE, ROUND, round.getId(), "title round " + form.year(), Change.created(created));
		return toView(round);
	}

	/**
	 * Default post-structure ratios in percent (a common provincial pattern; the bureau
	 * edits them per round).
	 */
	static int defaultPercent(Stage stage, TitleLevel level) {
		int[] byLevel = switch (stage) {
			case SENIOR -> new int[] { 1, 25, 40, 30, 4 };
			case JUNIOR -> new int[] { 1, 15, 40, 40, 4 };
			default -> new int[] { 1, 10, 40, 45, 4 };
		};
		return byLevel[POST_LEVELS.indexOf(level)];
	}

	/** Moves the round to its next state; NOTICE needs the notice start date. */
	@Transactional
	public RoundView advance(DataScope scope, long roundId, AdvanceForm form) {
		requireBureau(scope);
		TitleRound round = ownedRound(scope, roundId);
		RoundState to = form == null ? null : form.to();
		LocalDate noticeStarts = null;
		LocalDate noticeEnds = null;
		if (to == RoundState.NOTICE) {
			noticeStarts = form.noticeStartsOn() == null ? today() : form.noticeStartsOn();
			if (noticeStarts.isBefore(round.getOpensOn())) {
				throw new Rejection("noticeStartsOn", "titles.notice.beforeOpen", round.getOpensOn().toString());
			}
			int days = rules.parameter(LocalParameter.TITLE_PUBLIC_NOTICE_WORKING_DAYS, noticeStarts).intValue();
			noticeEnds = WorkingDays.end(noticeStarts, days);
		}
		if (to == RoundState.CLOSED) {
			boolean pending = applications.findByRoundIdOrderById(roundId)
				.stream()
				.anyMatch(a -> a.getState() == ApplicationState.APPROVED);
			if (pending) {
				throw new Rejection("to", "titles.round.resultsPending");
			}
		}
		RoundState from = round.advance(to, noticeStarts, noticeEnds);
		if (to == RoundState.NOTICE) {
			tallyAll(round);
		}
		String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
		steps.save(new TitleStep(round.getId(), null, from, to, Actor.current(), note));
		audit.record(AuditAction.UPDATE, ROUND, round.getId(), "title round " + round.getYear(),
				List.of(new Change("state", from.name(), to.name())));
		return toView(round);
	}

	/**
	 * Sets post-structure ratios of a round; each 0–100, per stage at most 100 in all.
	 */
	@Transactional
	public RoundView setRatios(DataScope scope, long roundId, RatioForm form) {
		requireBureau(scope);
		TitleRound round = ownedRound(scope, roundId);
		if (round.getState() == RoundState.CLOSED) {
			throw new Rejection("state", "titles.round.closed");
		}
		Map<String, Integer> values = form == null || form.percents() == null ? Map.of() : form.percents();
		List<PostRatio> current = ratios.findByRoundId(roundId);
		List<Problem> problems = new ArrayList<>();
		Map<String, PostRatio> byKey = new HashMap<>();
		current.forEach(r -> byKey.put(r.getStage().name() + "." + r.getLevel().name(), r));
		for (var e : values.entrySet()) {
			if (!byKey.containsKey(e.getKey())) {
				problems.add(new Problem(e.getKey(), "titles.ratio.unknown", e.getKey()));
			}
			else if (e.getValue() == null || e.getValue() < 0 || e.getValue() > 100) {
				problems.add(new Problem(e.getKey(), "titles.ratio.range"));
			}
		}
		if (problems.isEmpty()) {
			for (Stage stage : RATIO_STAGES) {
				int sum = 0;
				for (TitleLevel level : POST_LEVELS) {
					String key = stage.name() + "." + level.name();
					sum += values.containsKey(key) ? values.get(key) : byKey.get(key).getPercent();
				}
				if (sum > 100) {
					problems.add(new Problem(stage.name(), "titles.ratio.sum", Term.of(stage), String.valueOf(sum)));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		List<Change> changes = new ArrayList<>();
		values.forEach((key, value) -> {
			PostRatio r = byKey.get(key);
			if (r.getPercent() != value) {
				changes.add(new Change(key, String.valueOf(r.getPercent()), String.valueOf(value)));
				r.set(value);
			}
		});
		if (!changes.isEmpty()) {
			audit.record(AuditAction.UPDATE, ROUND, round.getId(), "title round " + round.getYear() + " ratios",
					changes);
		}
		return toView(round);
	}

	@Transactional
	public PanelMemberView addPanelMember(DataScope scope, long roundId, PanelMemberForm form) {
		requireBureau(scope);
		TitleRound round = ownedRound(scope, roundId);
		if (round.getState().compareTo(RoundState.VOTING) > 0) {
			throw new Rejection("state", "titles.round.closed");
		}
		String name = form == null || form.name() == null ? "" : form.name().strip();
		if (name.isEmpty() || name.length() > 100) {
			throw new Rejection("name", "titles.panel.name");
		}
		String affiliation = form.affiliation() == null || form.affiliation().isBlank() ? null
				: form.affiliation().strip();
		if (affiliation != null && affiliation.length() > 100) {
			throw new Rejection("affiliation", "titles.text.tooLong", "100");
		}
		if (members.findByRoundIdOrderByName(roundId).stream().anyMatch(m -> m.getName().equals(name))) {
			throw new Rejection("name", "titles.panel.exists", name);
		}
		PanelMember member = members.saveAndFlush(new PanelMember(roundId, name, affiliation, Actor.current()));
		audit.record(AuditAction.CREATE, ROUND, round.getId(), "panel member " + name,
				Change.created(Map.of("panelMember", name)));
		return member.toView();
	}

	/**
	 * Title posts, holders and vacancies of every unit in scope under the round's ratios.
	 */
	@Transactional(readOnly = true)
	public List<UnitQuota> quotas(DataScope scope, long roundId) {
		roundOf(scope, roundId);
		return quotas(scope, roundId, null);
	}

	private List<UnitQuota> quotas(DataScope scope, long roundId, Long onlyUnit) {
		Map<Stage, Map<TitleLevel, Integer>> percents = new EnumMap<>(Stage.class);
		for (PostRatio r : ratios.findByRoundId(roundId)) {
			percents.computeIfAbsent(r.getStage(), k -> new EnumMap<>(TitleLevel.class))
				.put(r.getLevel(), r.getPercent());
		}
		Map<Long, Map<String, Integer>> holders = new HashMap<>();
		for (Headcount h : staff.titleHolders(scope)) {
			holders.computeIfAbsent(h.unitId(), k -> new HashMap<>()).merge(h.key(), h.count(), Integer::sum);
		}
		List<UnitQuota> found = new ArrayList<>();
		for (UnitEstablishment u : establishment.overview(scope, null).units()) {
			if (onlyUnit != null && u.unit().id() != onlyUnit) {
				continue;
			}
			int approved = u.approvedByPost().getOrDefault(PostCategory.PROFESSIONAL.name(), 0);
			int actual = u.actualByPost().getOrDefault(PostCategory.PROFESSIONAL.name(), 0);
			int base = approved > 0 ? approved : actual;
			if (base == 0 && onlyUnit == null) {
				continue;
			}
			Stage stage = stageOf(u.unit());
			List<UnitQuota.LevelQuota> levels = new ArrayList<>();
			// A unit with a post plan in force appoints into its plan's vacancies; the
			// round's ratios count only where there is none.
			PostVacancies plan = recruitment.postVacancies(scope, u.unit().id(), today()).orElse(null);
			if (plan != null) {
				for (TitleLevel level : POST_LEVELS) {
					PostVacancies.Band band = plan.forTitle(level);
					levels.add(new UnitQuota.LevelQuota(level, 0, band.planned(), band.held(), band.vacant()));
				}
				found.add(new UnitQuota(u.unit().id(), u.unit().name(), stage, base, approved > 0, levels,
						plan.document(), plan.planFrom()));
				continue;
			}
			for (TitleLevel level : POST_LEVELS) {
				int percent = percents.getOrDefault(stage, Map.of()).getOrDefault(level, 0);
				int posts = base * percent / 100;
				int held = holders.getOrDefault(u.unit().id(), Map.of()).getOrDefault(level.name(), 0);
				levels.add(new UnitQuota.LevelQuota(level, percent, posts, held, Math.max(0, posts - held)));
			}
			found.add(new UnitQuota(u.unit().id(), u.unit().name(), stage, base, approved > 0, levels, null, null));
		}
		return found;
	}

	static Stage stageOf(UnitView unit) {
		for (Stage s : RATIO_STAGES) {
			if (unit.stages() != null && unit.stages().contains(s)) {
				return s;
			}
		}
		return Stage.PRIMARY;
	}

	/** The year's results by level: who passed or was appointed. */
	@Transactional(readOnly = true)
	public RoundResults results(DataScope scope, long roundId) {
		TitleRound round = roundOf(scope, roundId);
		List<TitleApplication> visible = visibleApplications(scope, roundId);
		Map<TitleLevel, Integer> passed = new EnumMap<>(TitleLevel.class);
		Map<TitleLevel, Integer> applied = new EnumMap<>(TitleLevel.class);
		List<TitleApplication> granted = new ArrayList<>();
		for (TitleApplication a : visible) {
			applied.merge(a.getTargetLevel(), 1, Integer::sum);
			if (a.getState() == ApplicationState.PASSED || a.getState() == ApplicationState.APPOINTED) {
				passed.merge(a.getTargetLevel(), 1, Integer::sum);
				granted.add(a);
			}
		}
		granted.sort(Comparator.comparing(TitleApplication::getTargetLevel)
			.reversed()
			.thenComparing(TitleApplication::getStaffName));
		return new RoundResults(round.getId(), round.getYear(), passed, applied, views(granted, round, false));
	}

	/** Records that the caller exported the round's list; the caller writes it. */
	@Transactional
	public List<ApplicationView> exportList(DataScope scope, long roundId) {
		TitleRound round = roundOf(scope, roundId);
		List<TitleApplication> listed = visibleApplications(scope, roundId).stream()
			.filter(a -> a.getState().compareTo(ApplicationState.QUALIFIED) >= 0
					&& a.getState() != ApplicationState.NOT_QUALIFIED)
			.toList();
		Map<String, Object> criteria = new LinkedHashMap<>();
		criteria.put("year", String.valueOf(round.getYear()));
		criteria.put("rows", listed.size());
		audit.record(AuditAction.EXPORT, APPLICATION, round.getId(),
				listed.size() + " title applications of " + round.getYear() + " (xlsx)", Change.created(criteria));
		return views(listed, round, false);
	}

	// ---- applications

	@Transactional(readOnly = true)
	public List<ApplicationView> applications(DataScope scope, long roundId) {
		TitleRound round = roundOf(scope, roundId);
		return views(visibleApplications(scope, roundId), round, false);
	}

	/**
	 * One application (a person's file: eligibility, materials, votes) was shown (issue
	 * 12: reads are audited).
	 */
	void recordApplicationRead(ApplicationView a) {
		audit.recordRead(APPLICATION, a.id(), a.staffName() + " · " + a.year(), List.of());
	}

	/**
	 * The applications of a round were listed: one entry naming the round and the
	 * applications shown.
	 */
	void recordApplicationsRead(long roundId, List<ApplicationView> shown) {
		audit.recordRead(APPLICATION, null, "title round " + roundId + ": " + shown.size(), List.of(new Change("ids",
				null, shown.stream().map(a -> String.valueOf(a.id())).collect(Collectors.joining(",")))));
	}

	@Transactional(readOnly = true)
	public ApplicationView application(DataScope scope, long applicationId) {
		TitleApplication a = visibleApplication(scope, applicationId);
		return view(a, roundOf(a.getRoundId()), true);
	}

	/** The teacher's own applications, or a person's in scope, newest round first. */
	@Transactional(readOnly = true)
	public List<ApplicationView> applicationsOf(DataScope scope, long staffId) {
		staff.get(scope, staffId);
		List<ApplicationView> found = new ArrayList<>();
		for (TitleApplication a : applications.findByStaffIdOrderById(staffId)) {
			found.add(view(a, roundOf(a.getRoundId()), false));
		}
		found.sort(Comparator.comparing(ApplicationView::year).reversed());
		return found;
	}

	/**
	 * A teacher applies for themself, or a school for one of its staff, while the round
	 * is open; the eligibility rule's outcome is kept with it.
	 */
	@Transactional
	public ApplicationView apply(DataScope scope, long roundId, ApplicationForm form) {
		TitleRound round = roundOf(scope, roundId);
		if (form == null || form.staffId() == null) {
			if (scope.kind() == ScopeKind.SELF && scope.staffId() != null) {
				form = new ApplicationForm(scope.staffId(), form == null ? null : form.target(),
						form == null ? null : form.provided());
			}
			else {
				throw new Rejection("staffId", "titles.required");
			}
		}
		StaffView person = staff.get(scope, form.staffId());
		// A round covers its owner's subtree only: a person of another area applies in
		// theirs.
		if (round.getOwnerUnitId() != null
				&& !org.isWithin(DataScope.unitAndBelow(round.getOwnerUnitId()), person.unitId())) {
			throw new Rejection("staffId", "titles.application.outsideRound", person.name());
		}
		if (form.target() == null) {
			throw new Rejection("target", "titles.target.required");
		}
		LocalDate today = today();
		if (round.getState() != RoundState.OPEN || today.isBefore(round.getOpensOn())
				|| today.isAfter(round.getClosesOn())) {
			throw new Rejection("round", "titles.round.notOpen", String.valueOf(round.getYear()),
					round.getOpensOn().toString(), round.getClosesOn().toString());
		}
		TitleDecision decision = eligibility(scope, person, form.target(), today);
		if (applications.findByRoundIdAndStaffId(roundId, person.id()).isPresent()) {
			throw new Rejection("staffId", "titles.application.exists", person.name(), String.valueOf(round.getYear()));
		}
		TitleApplication a = applications
			.saveAndFlush(new TitleApplication(roundId, person.id(), person.name(), person.unitId(), decision.current(),
					form.target(), scope.kind() != ScopeKind.SELF, decision.eligible(), Actor.current()));
		Set<TitleMaterial> provided = form.provided() == null ? Set.of() : form.provided();
		for (TitleMaterial item : TitleMaterial.values()) {
			ApplicationMaterial m = new ApplicationMaterial(a.getId(), item);
			m.set(provided.contains(item));
			materials.save(m);
		}
		steps.save(new TitleStep(roundId, a.getId(), null, ApplicationState.SUBMITTED, Actor.current(), null));
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("staffId", person.id());
		created.put("current", decision.current());
		created.put("target", form.target());
		created.put("eligible", decision.eligible());
		audit.record(AuditAction.CREATE, APPLICATION, a.getId(), person.name(), Change.created(created));
		return view(a, round, true);
	}

	/** Marks the checklist items provided; only before the school's recommendation. */
	@Transactional
	public ApplicationView updateMaterials(DataScope scope, long applicationId, Set<TitleMaterial> provided) {
		TitleApplication a = visibleApplication(scope, applicationId);
		a.requireState(ApplicationState.SUBMITTED);
		Set<TitleMaterial> now = provided == null ? Set.of() : provided;
		List<Change> changes = new ArrayList<>();
		for (ApplicationMaterial m : materials.findByApplicationId(a.getId())) {
			boolean p = now.contains(m.getItem());
			if (p != m.isProvided()) {
				changes.add(new Change(m.getItem().name(), String.valueOf(m.isProvided()), String.valueOf(p)));
				m.set(p);
			}
		}
		if (!changes.isEmpty()) {
			audit.record(AuditAction.UPDATE, APPLICATION, a.getId(), a.getStaffName() + " materials", changes);
		}
		return view(a, roundOf(a.getRoundId()), true);
	}

	/** The school recommends (or not) an application; all required materials first. */
	@Transactional
	public ApplicationView recommend(DataScope scope, long applicationId, DecisionForm form) {
		TitleApplication a = visibleApplication(scope, applicationId);
		TitleRound round = roundOf(scope, a.getRoundId());
		boolean yes = decision(form);
		requireRound(round, RoundState.OPEN, RoundState.REVIEW);
		if (yes) {
			List<String> missing = materials.findByApplicationId(a.getId())
				.stream()
				.filter(m -> m.getItem().requiredFor(a.getTargetLevel()) && !m.isProvided())
				.map(m -> m.getItem().name())
				.sorted()
				.toList();
			if (!missing.isEmpty()) {
				throw new Rejection("materials", "titles.materials.missing", String.join(", ", missing));
			}
		}
		else {
			requireNote(form);
		}
		ApplicationState from = a.recommend(yes);
		return step(a, round, from, note(form));
	}

	/**
	 * The bureau's qualification review: the rule is applied again; qualifying someone
	 * the rule finds ineligible needs the officer's recorded reason.
	 */
	@Transactional
	public ApplicationView review(DataScope scope, long applicationId, DecisionForm form) {
		requireBureau(scope);
		TitleApplication a = visibleApplication(scope, applicationId);
		TitleRound round = ownedRound(scope, a.getRoundId());
		boolean yes = decision(form);
		requireRound(round, RoundState.REVIEW);
		a.requireState(ApplicationState.RECOMMENDED);
		StaffView person = staff.get(scope, a.getStaffId());
		boolean eligible = person.titleLevel() == a.getCurrentLevel()
				&& eligibility(scope, person, a.getTargetLevel(), today()).eligible();
		if ((yes && !eligible) || !yes) {
			requireNote(form);
		}
		ApplicationState from = a.review(yes, eligible, yes && !eligible ? note(form) : null);
		return step(a, round, from, note(form));
	}

	/**
	 * Records one panel member's vote; only members of the round's panel, once each,
	 * while the round is voting.
	 */
	@Transactional
	public ApplicationView vote(DataScope scope, long applicationId, VoteForm form) {
		requireBureau(scope);
		TitleApplication a = visibleApplication(scope, applicationId);
		TitleRound round = ownedRound(scope, a.getRoundId());
		if (form == null || form.memberId() == null) {
			throw new Rejection("memberId", "titles.required");
		}
		if (form.choice() == null) {
			throw new Rejection("choice", "titles.required");
		}
		requireRound(round, RoundState.VOTING);
		a.requireState(ApplicationState.QUALIFIED);
		PanelMember member = members.findById(form.memberId())
			.filter(m -> m.getRoundId().equals(round.getId()))
			.orElseThrow(() -> new Rejection("memberId", "titles.vote.notPanel", String.valueOf(form.memberId())));
		if (votes.findByApplicationId(a.getId()).stream().anyMatch(v -> v.getMemberId().equals(member.getId()))) {
			throw new Rejection("memberId", "titles.vote.twice", member.getName());
		}
		PanelVote v = votes.saveAndFlush(new PanelVote(a.getId(), member.getId(), form.choice(), Actor.current()));
		audit.record(AuditAction.CREATE, APPLICATION, a.getId(), a.getStaffName() + " vote",
				Change.created(Map.of("member", member.getName(), "choice", form.choice(), "vote", v.getId())));
		return view(a, round, true);
	}

	private void tallyAll(TitleRound round) {
		int numerator = rules.parameter(LocalParameter.TITLE_PANEL_APPROVAL_NUMERATOR, today()).intValue();
		int denominator = rules.parameter(LocalParameter.TITLE_PANEL_APPROVAL_DENOMINATOR, today()).intValue();
		for (TitleApplication a : applications.findByRoundIdOrderById(round.getId())) {
			if (a.getState() != ApplicationState.QUALIFIED) {
				continue;
			}
			List<PanelVote> cast = votes.findByApplicationId(a.getId());
			int yes = (int) cast.stream().filter(v -> v.getChoice() == VoteChoice.YES).count();
			int present = cast.size();
			boolean approved = PanelApproval.approved(yes, present, numerator, denominator);
			ApplicationState from = a.tally(yes, present, approved);
			String note = yes + "/" + present + " (" + numerator + "/" + denominator + ")";
			steps.save(new TitleStep(round.getId(), a.getId(), from, a.getState(), Actor.current(), note));
			audit.record(AuditAction.UPDATE, APPLICATION, a.getId(), a.getStaffName(),
					List.of(new Change("state", from.name(), a.getState().name()), new Change("votes", null, note)));
		}
	}

	/** Records an objection received during the public notice. */
	@Transactional
	public ApplicationView object(DataScope scope, long applicationId, ObjectionForm form) {
		requireBureau(scope);
		TitleApplication a = visibleApplication(scope, applicationId);
		TitleRound round = roundOf(scope, a.getRoundId());
		String content = form == null || form.content() == null ? "" : form.content().strip();
		if (content.isEmpty()) {
			throw new Rejection("content", "titles.required");
		}
		if (content.length() > 1000) {
			throw new Rejection("content", "titles.text.tooLong", "1000");
		}
		requireRound(round, RoundState.NOTICE);
		a.requireState(ApplicationState.APPROVED);
		LocalDate raised = form.raisedOn() == null ? today() : form.raisedOn();
		if (raised.isBefore(round.getNoticeStarts()) || raised.isAfter(round.getNoticeEnds())) {
			throw new Rejection("raisedOn", "titles.objection.outsideNotice", round.getNoticeStarts().toString(),
					round.getNoticeEnds().toString());
		}
		Objection o = objections.saveAndFlush(new Objection(a.getId(), raised, content, Actor.current()));
		audit.record(AuditAction.CREATE, APPLICATION, a.getId(), a.getStaffName() + " objection",
				Change.created(Map.of("objection", o.getId(), "raisedOn", raised)));
		return view(a, round, true);
	}

	/** Resolves an objection with a note; upheld means the title is not granted. */
	@Transactional
	public ApplicationView resolve(DataScope scope, long applicationId, long objectionId, ResolutionForm form) {
		requireBureau(scope);
		TitleApplication a = visibleApplication(scope, applicationId);
		Objection o = objections.findById(objectionId)
			.filter(x -> x.getApplicationId().equals(a.getId()))
			.orElseThrow(() -> new NotFound("objection " + objectionId));
		if (form == null || form.upheld() == null) {
			throw new Rejection("upheld", "titles.required");
		}
		String note = form.note() == null ? "" : form.note().strip();
		if (note.isEmpty()) {
			throw new Rejection("note", "titles.note.required");
		}
		if (note.length() > 500) {
			throw new Rejection("note", "titles.text.tooLong", "500");
		}
		o.resolve(form.upheld(), note, Actor.current());
		audit.record(AuditAction.UPDATE, APPLICATION, a.getId(), a.getStaffName() + " objection resolved",
				List.of(new Change("objection " + o.getId(), "open", form.upheld() ? "upheld" : "dismissed")));
		return view(a, roundOf(a.getRoundId()), true);
	}

	/**
	 * The result after the public notice: only once the notice has ended and every
	 * objection is resolved; an upheld objection fails it.
	 */
	@Transactional
	public ApplicationView result(DataScope scope, long applicationId) {
		requireBureau(scope);
		TitleApplication a = visibleApplication(scope, applicationId);
		TitleRound round = roundOf(scope, a.getRoundId());
		requireRound(round, RoundState.NOTICE);
		a.requireState(ApplicationState.APPROVED);
		LocalDate today = today();
		if (!today.isAfter(round.getNoticeEnds())) {
			throw new Rejection("state", "titles.notice.running", round.getNoticeEnds().toString());
		}
		List<Objection> raised = objections.findByApplicationIdOrderById(a.getId());
		long open = raised.stream().filter(o -> !o.isResolved()).count();
		if (open > 0) {
			throw new Rejection("objections", "titles.objection.open", String.valueOf(open));
		}
		boolean passed = raised.stream().noneMatch(Objection::isUpheld);
		ApplicationState from = a.result(passed, today);
		return step(a, round, from, null);
	}

	/**
	 * Appoints a person who passed into a vacant post of the level at their unit: a title
	 * entry in their file; no vacancy is refused.
	 */
	@Transactional
	public ApplicationView appoint(DataScope scope, long applicationId, AppointmentForm form) {
		requireBureau(scope);
		TitleApplication a = visibleApplication(scope, applicationId);
		TitleRound round = roundOf(scope, a.getRoundId());
		a.requireState(ApplicationState.PASSED);
		LocalDate on = form == null || form.appointedOn() == null ? today() : form.appointedOn();
		if (on.isBefore(a.getResultOn())) {
			throw new Rejection("appointedOn", "titles.appointment.beforeResult", a.getResultOn().toString());
		}
		StaffView person = staff.get(scope, a.getStaffId());
		UnitQuota quota = quotas(DataScope.unitAndBelow(person.unitId()), round.getId(), person.unitId()).stream()
			.findFirst()
			.orElse(null);
		UnitQuota.LevelQuota level = quota == null ? null : quota.level(a.getTargetLevel());
		if (level != null && level.vacancies() <= 0 && quota.postPlan() != null) {
			throw new Rejection("appointedOn", "titles.appointment.noPostVacancy", Term.of(a.getTargetLevel()),
					person.unitName(), String.valueOf(level.posts()), String.valueOf(level.holders()), quota.postPlan(),
					quota.postPlanFrom().toString());
		}
		if (level == null || level.vacancies() <= 0) {
			throw new Rejection("appointedOn", "titles.appointment.noVacancy", Term.of(a.getTargetLevel()),
					person.unitName(), level == null ? "0" : String.valueOf(level.posts()),
					level == null ? "0" : String.valueOf(level.holders()));
		}
		staff.appointTitle(scope, person.id(), a.getTargetLevel(), a.getResultOn(), on);
		ApplicationState from = a.appoint(on);
		return step(a, round, from, on.toString());
	}

	// ---- helpers

	private ApplicationView step(TitleApplication a, TitleRound round, ApplicationState from, String note) {
		steps.save(new TitleStep(round.getId(), a.getId(), from, a.getState(), Actor.current(), note));
		List<Change> changes = new ArrayList<>();
		changes.add(new Change("state", from.name(), a.getState().name()));
		if (note != null) {
			changes.add(new Change("note", null, note));
		}
		audit.record(AuditAction.UPDATE, APPLICATION, a.getId(), a.getStaffName(), changes);
		return view(a, round, true);
	}

	private static boolean decision(DecisionForm form) {
		if (form == null || form.yes() == null) {
			throw new Rejection("yes", "titles.required");
		}
		if (form.note() != null && form.note().strip().length() > 500) {
			throw new Rejection("note", "titles.text.tooLong", "500");
		}
		return form.yes();
	}

	private static void requireNote(DecisionForm form) {
		if (note(form) == null) {
			throw new Rejection("note", "titles.note.required");
		}
	}

	private static String note(DecisionForm form) {
		return form == null || form.note() == null || form.note().isBlank() ? null : form.note().strip();
	}

	private static void requireRound(TitleRound round, RoundState... allowed) {
		if (!List.of(allowed).contains(round.getState())) {
			throw new Rejection("state", "titles.round.state.invalid", Term.of(round.getState()));
		}
	}

	// Bureau actions need a county-wide or bureau scope, not a school's alone.
	private void requireBureau(DataScope scope) {
		if (scope.kind() == ScopeKind.SELF || scope.seesNothing()) {
			throw new org.springframework.security.access.AccessDeniedException("bureau scope");
		}
	}

	private TitleRound roundOf(long roundId) {
		return rounds.findById(roundId).orElseThrow(() -> new NotFound("title round " + roundId));
	}

	// Another bureau's round answers 404, as one that does not exist; a round of the
	// bureau above covers the schools below it.
	private TitleRound roundOf(DataScope scope, long roundId) {
		TitleRound round = roundOf(roundId);
		if (!org.covers(scope, round.getOwnerUnitId())) {
			throw new NotFound("title round " + roundId);
		}
		return round;
	}

	// Running the round itself (states, ratios, panel, review, votes) belongs to its
	// owner's area only.
	private TitleRound ownedRound(DataScope scope, long roundId) {
		TitleRound round = roundOf(roundId);
		boolean owned = round.getOwnerUnitId() == null ? scope.kind() == io.edubureau.org.ScopeKind.ALL
				: org.isWithin(scope, round.getOwnerUnitId());
		if (!owned) {
			throw new NotFound("title round " + roundId);
		}
		return round;
	}

	private boolean visible(DataScope scope, TitleApplication a) {
		if (scope.kind() == ScopeKind.SELF) {
			return a.getStaffId().equals(scope.staffId());
		}
		return org.isWithin(scope, a.getUnitId());
	}

	private TitleApplication visibleApplication(DataScope scope, long applicationId) {
		return applications.findById(applicationId)
			.filter(a -> visible(scope, a))
			.orElseThrow(() -> new NotFound("title application " + applicationId));
	}

	/**
	 * One page of {@link #applications(DataScope, long)}, paged in the query (a teacher
	 * sees only their own).
	 */
	@Transactional(readOnly = true)
	public Page<ApplicationView> applications(DataScope scope, long roundId, int page, int size) {
		TitleRound round = roundOf(scope, roundId);
		Specification<TitleApplication> where = scope.kind() == ScopeKind.SELF
				? (root, q, cb) -> cb.equal(root.get("staffId"), scope.staffId()) : org.unitIdScope(scope, "unitId");
		Page<TitleApplication> found = applications.findAll(
				where.and((root, q, cb) -> cb.equal(root.get("roundId"), roundId)),
				Paging.request(page, size, MAX_PAGE_SIZE, Sort.by("id")));
		return new PageImpl<>(views(found.getContent(), round, false), found.getPageable(), found.getTotalElements());
	}

	/** The largest page the API answers. */
	static final int MAX_PAGE_SIZE = 200;

	private List<TitleApplication> visibleApplications(DataScope scope, long roundId) {
		return applications.findByRoundIdOrderById(roundId).stream().filter(a -> visible(scope, a)).toList();
	}

	private List<ApplicationView> views(List<TitleApplication> list, TitleRound round, boolean details) {
		return list.stream().map(a -> view(a, round, details)).toList();
	}

	private ApplicationView view(TitleApplication a, TitleRound round, boolean details) {
		Map<Long, UnitView> units = org.byIds(List.of(a.getUnitId()));
		UnitView unit = units.get(a.getUnitId());
		List<ApplicationView.Material> checklist = new ArrayList<>();
		List<ApplicationView.Vote> cast = new ArrayList<>();
		List<ObjectionView> raised = new ArrayList<>();
		List<StepView> history = new ArrayList<>();
		if (details) {
			for (ApplicationMaterial m : materials.findByApplicationId(a.getId())) {
				checklist.add(new ApplicationView.Material(m.getItem(), m.getItem().requiredFor(a.getTargetLevel()),
						m.isProvided()));
			}
			checklist.sort(Comparator.comparing(ApplicationView.Material::item));
			Map<Long, String> names = new HashMap<>();
			members.findByRoundIdOrderByName(round.getId()).forEach(m -> names.put(m.getId(), m.getName()));
			for (PanelVote v : votes.findByApplicationId(a.getId())) {
				cast.add(new ApplicationView.Vote(v.getMemberId(), names.get(v.getMemberId()), v.getChoice()));
			}
			objections.findByApplicationIdOrderById(a.getId()).forEach(o -> raised.add(o.toView()));
			steps.findByApplicationIdOrderById(a.getId()).forEach(s -> history.add(s.toView()));
		}
		return new ApplicationView(a.getId(), round.getId(), round.getYear(), a.getStaffId(), a.getStaffName(),
				a.getUnitId(), unit == null ? "" : unit.name(), a.getCurrentLevel(), a.getTargetLevel(), a.getState(),
				a.isBySchool(), a.isEligible(), a.getOverrideNote(), a.getYesVotes(), a.getPresentVotes(),
				a.getResultOn(), a.getAppointedOn(), a.getSubmittedBy(), checklist, cast, raised, history);
	}

	private RoundView toView(TitleRound r) {
		List<RoundView.Ratio> ratioViews = ratios.findByRoundId(r.getId())
			.stream()
			.map(p -> new RoundView.Ratio(p.getStage(), p.getLevel(), p.getPercent()))
			.sorted(Comparator.comparing((RoundView.Ratio x) -> RATIO_STAGES.indexOf(x.stage()))
				.thenComparing(x -> POST_LEVELS.indexOf(x.level())))
			.toList();
		return new RoundView(r.getId(), r.getYear(), r.getOpensOn(), r.getClosesOn(), r.getState(), r.getNoticeStarts(),
				r.getNoticeEnds(),
				steps.findByRoundIdAndApplicationIdIsNullOrderById(r.getId()).stream().map(TitleStep::toView).toList(),
				members.findByRoundIdOrderByName(r.getId()).stream().map(PanelMember::toView).toList(), ratioViews);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
