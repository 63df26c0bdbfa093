package io.edubureau.awards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.awards.Views.NominationView;
import io.edubureau.awards.Views.QuotaView;
import io.edubureau.awards.Views.RoundView;
import io.edubureau.awards.Views.StepView;
import io.edubureau.awards.Views.AllocationView;
import io.edubureau.awards.Views.EligibilityView;
import io.edubureau.ethics.EthicsManagement;
import io.edubureau.ethics.VetoDecision;
import io.edubureau.ethics.VetoPurpose;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitFilter;
import io.edubureau.org.UnitStatus;
import io.edubureau.org.UnitView;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Paging;
import io.edubureau.platform.Rejection;
import io.edubureau.rules.LocalParameter;
import io.edubureau.rules.PeriodEnd;
import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;
import io.edubureau.rules.RulesManagement;
import io.edubureau.staff.FileCategory;
import io.edubureau.staff.FileEntryView;
import io.edubureau.staff.StaffFilter;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffStatus;
import io.edubureau.staff.StaffView;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The awards module's public face: commendation rounds, quotas, nominations checked by
 * the one-vote veto and the quota, the public notice and conferral. Every read takes the
 * caller's {@link DataScope}; every change is audited in its transaction.
 */
@Service
public class AwardsManagement {

	static final String ROUND = "awards.round";

	static final String NOMINATION = "awards.nomination";

	/** The largest one-off payment accepted per person: 1,000,000 yuan in fen. */
	static final long MAX_PRIZE_FEN = 100_000_000L;

	private final StaffManagement staff;

	private final EthicsManagement ethics;

	private final OrgManagement org;

	private final RulesManagement rules;

	private final AuditManagement audit;

	private final AwardRoundRepository rounds;

	private final AwardQuotaRepository quotas;

	private final NominationRepository nominations;

	private final AwardStepRepository steps;

	private final AwardEligibility eligibility;

	AwardsManagement(StaffManagement staff, EthicsManagement ethics, OrgManagement org, RulesManagement rules,
			AuditManagement audit, AwardRoundRepository rounds, AwardQuotaRepository quotas,
			NominationRepository nominations, AwardStepRepository steps, AwardEligibility eligibility) {
		this.eligibility = eligibility;
		this.staff = staff;
		this.ethics = ethics;
		this.org = org;
		this.rules = rules;
		this.audit = audit;
		this.rounds = rounds;
		this.quotas = quotas;
		this.nominations = nominations;
		this.steps = steps;
	}

	// ---- rounds

	/** Opens a round owned by the caller's unit, taking nominations. */
	@Transactional
	public RoundView open(DataScope scope, Forms.RoundForm form) {
		List<Rejection.Problem> problems = new ArrayList<>(text("name", form.name(), 100, true));
		if (form.kind() == null) {
			problems.add(new Rejection.Problem("kind", "awards.round.kind"));
		}
		if (form.level() == null) {
			problems.add(new Rejection.Problem("level", "awards.round.level"));
		}
		if (form.year() == null || form.year() < 2000 || form.year() > 2100) {
			problems.add(new Rejection.Problem("year", "awards.round.year", String.valueOf(form.year())));
		}
		long prize = form.prizeFen() == null ? 0 : form.prizeFen();
		if (prize < 0 || prize > MAX_PRIZE_FEN) {
			problems.add(new Rejection.Problem("prizeFen", "awards.round.prize", String.valueOf(prize)));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		long owner = org.owningUnit(scope).orElseThrow(() -> new NotFound("unit"));
		AwardRound r = rounds
			.save(new AwardRound(form.name().strip(), form.kind(), form.level(), form.year(), owner, prize));
		steps.save(new AwardStep(r.getId(), null, null, r.getStatus().name(), null, null));
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("name", r.getName());
		created.put("kind", form.kind().name());
		created.put("level", form.level().name());
		created.put("year", form.year());
		created.put("prizeFen", prize);
		audit.record(AuditAction.CREATE, ROUND, r.getId(), r.getName(), Change.created(created));
		return view(r);
	}

	static List<Rejection.Problem> text(String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			return required ? List.of(new Rejection.Problem(field, "awards.text.required")) : List.of();
		}
		return value.length() > max ? List.of(new Rejection.Problem(field, "awards.text.long", max)) : List.of();
	}

	private AwardRound round(DataScope scope, long id) {
		AwardRound r = rounds.findById(id).orElseThrow(() -> new NotFound("round " + id));
		if (!org.covers(scope, r.getOwnerUnitId())) {
			throw new NotFound("round " + id);
		}
		return r;
	}

	private RoundView view(AwardRound r) {
		List<Nomination> all = r.getId() == null ? List.of()
				: nominations.findByRoundIdOrderByUnitIdAscIdAsc(r.getId());
		int counted = (int) all.stream().filter(n -> n.getStatus().counts()).count();
		int conferred = (int) all.stream().filter(n -> n.getStatus() == NominationStatus.CONFERRED).count();
		return r.toView(counted, conferred);
	}

	/** The rounds the scope's unit or a unit above it owns, newest first. */
	@Transactional(readOnly = true)
	public List<RoundView> rounds(DataScope scope) {
		return rounds.findAllByOrderByYearDescIdDesc()
			.stream()
			.filter(r -> org.covers(scope, r.getOwnerUnitId()))
			.map(this::view)
			.toList();
	}

	@Transactional(readOnly = true)
	public RoundView roundView(DataScope scope, long id) {
		return view(round(scope, id));
	}

	@Transactional(readOnly = true)
	public List<StepView> history(DataScope scope, long id) {
		round(scope, id);
		return steps.findByRoundIdOrderByIdAsc(id).stream().map(AwardStep::toView).toList();
	}

	/** Sets a unit's quota; only while nominating, and not below the nominations made. */
	@Transactional
	public QuotaView setQuota(DataScope scope, long roundId, Forms.QuotaForm form) {
		AwardRound r = round(scope, roundId);
		r.requireStatus(AwardRoundStatus.NOMINATING);
		if (form.unitId() == null || form.places() == null || form.places() < 0 || form.places() > 10_000) {
			throw new Rejection(form.unitId() == null ? "unitId" : "places", "awards.quota.input");
		}
		UnitView unit = org.get(scope, form.unitId());
		int used = used(roundId, unit.id());
		if (form.places() < used) {
			throw new Rejection("places", "awards.quota.belowUsed", form.places(), used, unit.name());
		}
		AwardQuota q = quotas.findByRoundIdAndUnitId(roundId, unit.id()).orElse(null);
		Integer before = q == null ? null : q.getPlaces();
		if (q == null) {
			q = quotas.save(new AwardQuota(roundId, unit.id(), form.places()));
		}
		else {
			q.set(form.places());
		}
		audit.record(before == null ? AuditAction.CREATE : AuditAction.UPDATE, ROUND, roundId,
				"quota of " + unit.name(), List.of(new Change("quota." + unit.id(),
						before == null ? null : before.toString(), form.places().toString())));
		return new QuotaView(unit.id(), unit.name(), q.getPlaces(), used);
	}

	private int used(long roundId, long unitId) {
		return (int) nominations.findByRoundIdAndUnitId(roundId, unitId)
			.stream()
			.filter(n -> n.getStatus().counts())
			.count();
	}

	/** The quotas of a round the scope sees, with the places used. */
	@Transactional(readOnly = true)
	public List<QuotaView> quotas(DataScope scope, long roundId) {
		round(scope, roundId);
		List<AwardQuota> found = quotas.findByRoundIdOrderByUnitId(roundId)
			.stream()
			.filter(q -> org.isWithin(scope, q.getUnitId()))
			.toList();
		Map<Long, UnitView> units = org.byIds(found.stream().map(AwardQuota::getUnitId).toList());
		return found.stream()
			.map(q -> new QuotaView(q.getUnitId(),
					units.containsKey(q.getUnitId()) ? units.get(q.getUnitId()).name() : String.valueOf(q.getUnitId()),
					q.getPlaces(), used(roundId, q.getUnitId())))
			.toList();
	}

	/**
	 * Shares a round's places out to the units below its owner by their active full-time
	 * teachers on the day (rule {@link PolicyRule#AWARD_QUOTA}): the places in all are
	 * {@code awards.quotaShareBasisPoints} of the teachers, rounded half up; each unit
	 * gets the whole part of its share and the places left go to the largest remainders
	 * (ties to the unit with more teachers, then the lower id). Refused, changing
	 * nothing, if a unit would get fewer places than its nominations.
	 */
	@Transactional
	public AllocationView allocateByHeadcount(DataScope scope, long roundId, LocalDate on) {
		if (on == null) {
			throw new Rejection("on", "awards.day.required");
		}
		AwardRound r = round(scope, roundId);
		r.requireStatus(AwardRoundStatus.NOMINATING);
		int share = rules.parameter(LocalParameter.AWARD_QUOTA_SHARE, on).intValue();
		Map<Long, Integer> teachers = new java.util.TreeMap<>();
		staff.teachersByUnit(DataScope.unitAndBelow(r.getOwnerUnitId()), on).forEach((unit, n) -> {
			if (n > 0 && org.isWithin(scope, unit)) {
				teachers.put(unit, n);
			}
		});
		int total = teachers.values().stream().mapToInt(Integer::intValue).sum();
		int places = places(total, share);
		Map<Long, Integer> allotted = shares(teachers, share);
		Map<Long, UnitView> units = org.byIds(allotted.keySet());
		List<Rejection.Problem> below = new ArrayList<>();
		allotted.forEach((unit, n) -> {
			int used = used(roundId, unit);
			if (n < used) {
				below.add(new Rejection.Problem("places", "awards.quota.belowUsed", n, used, units.get(unit).name()));
			}
		});
		if (!below.isEmpty()) {
			throw new Rejection(below);
		}
		List<Change> changes = new ArrayList<>();
		List<QuotaView> views = new ArrayList<>();
		allotted.forEach((unit, n) -> {
			AwardQuota q = quotas.findByRoundIdAndUnitId(roundId, unit).orElse(null);
			if (q == null && n == 0) {
				return;
			}
			Integer before = q == null ? null : q.getPlaces();
			if (q == null) {
				q = quotas.save(new AwardQuota(roundId, unit, n));
			}
			else {
				q.set(n);
			}
			if (before == null || before != n) {
				changes.add(new Change("quota." + unit, before == null ? null : before.toString(), String.valueOf(n)));
			}
			views.add(new QuotaView(unit, units.get(unit).name(), n, used(roundId, unit)));
		});
		audit.record(AuditAction.UPDATE, ROUND, roundId, "quotas by headcount (" + on + ")", changes);
		List<Reason> reasons = List.of(new Reason(PolicyRule.AWARD_QUOTA, "awards.quota.byHeadcount", on.toString(),
				total, share / 100.0, places, teachers.size()));
		return new AllocationView(on, total, share, places, views, reasons);
	}

	/** The places of a round: the share of the teachers, rounded half up. */
	static int places(int teachers, int basisPoints) {
		return (int) ((teachers * (long) basisPoints + 5_000) / 10_000);
	}

	/**
	 * Each unit's places: the whole part of its share, then one more to the largest
	 * remainders (ties: more teachers, then the lower id) until the places are given.
	 */
	static Map<Long, Integer> shares(Map<Long, Integer> teachers, int basisPoints) {
		int total = teachers.values().stream().mapToInt(Integer::intValue).sum();
		int places = places(total, basisPoints);
		Map<Long, Integer> allotted = new LinkedHashMap<>();
		int given = 0;
		for (Map.Entry<Long, Integer> e : new java.util.TreeMap<>(teachers).entrySet()) {
			int whole = (int) (e.getValue() * (long) basisPoints / 10_000);
			allotted.put(e.getKey(), whole);
			given += whole;
		}
		List<Long> byRemainder = new ArrayList<>(allotted.keySet());
		byRemainder
			.sort(java.util.Comparator.comparingLong((Long u) -> -(teachers.get(u) * (long) basisPoints % 10_000))
				.thenComparing(u -> -teachers.get(u))
				.thenComparing(u -> u));
		for (int i = 0; given < places && i < byRemainder.size(); i++, given++) {
			allotted.merge(byRemainder.get(i), 1, Integer::sum);
		}
		return allotted;
	}

	/**
	 * Whether a person in scope may be nominated in the round on the day: the one-vote
	 * veto (AWARD) and the conditions of {@link PolicyRule#AWARD_ELIGIBILITY}, with every
	 * reason.
	 */
	@Transactional(readOnly = true)
	public EligibilityView eligibility(DataScope scope, long roundId, long staffId, LocalDate on) {
		if (on == null) {
			throw new Rejection("on", "awards.day.required");
		}
		AwardRound r = round(scope, roundId);
		StaffView p = staff.get(scope, staffId);
		VetoDecision veto = ethics.veto(scope, p.id(), on, VetoPurpose.AWARD);
		AwardEligibility.Decision conditions = eligibility.decide(scope, p, r.getYear(), on);
		// What blocks comes first: the veto's reasons when it blocks, the conditions not
		// met; then what was met.
		List<Reason> reasons = new ArrayList<>();
		if (veto.blocked()) {
			reasons.addAll(veto.reasons());
		}
		reasons.addAll(conditions.refusals());
		if (!veto.blocked()) {
			reasons.addAll(veto.reasons());
		}
		reasons.addAll(conditions.reasons().subList(conditions.refusals().size(), conditions.reasons().size()));
		return new EligibilityView(p.id(), p.name(), !veto.blocked() && conditions.eligible(), reasons);
	}

	/**
	 * The units a quota may be set for: the active schools and offices below the round's
	 * owner that the scope sees (the page's picker).
	 */
	@Transactional(readOnly = true)
	public List<UnitView> quotaUnits(DataScope scope, long roundId) {
		AwardRound r = round(scope, roundId);
		return org
			.listAll(DataScope.unitAndBelow(r.getOwnerUnitId()),
					new UnitFilter(null, null, null, null, null, UnitStatus.ACTIVE, null))
			.stream()
			.filter(u -> u.id() != r.getOwnerUnitId().longValue() && org.isWithin(scope, u.id()))
			.toList();
	}

	/**
	 * The active people in scope a unit may nominate (the page's picker), by unit and
	 * name, at most {@code max}.
	 */
	@Transactional(readOnly = true)
	public List<StaffView> nominees(DataScope scope, int max) {
		return staff
			.search(scope, new StaffFilter(null, null, null, null, null, null, null, StaffStatus.ACTIVE, null, null),
					PageRequest.of(0, max, Sort.by("unitId", "name")))
			.getContent();
	}

	// ---- nominations

	/**
	 * A unit nominates one of its people: refused with the veto's reasons when the
	 * one-vote veto blocks commendations on the day, and when the unit's quota is full
	 * (nominations up to the quota, equal included, are accepted).
	 */
	@Transactional
	public NominationView nominate(DataScope scope, long roundId, Forms.NominationForm form, LocalDate today) {
		AwardRound r = round(scope, roundId);
		r.requireStatus(AwardRoundStatus.NOMINATING);
		List<Rejection.Problem> problems = new ArrayList<>(text("merits", form.merits(), 500, false));
		if (form.staffId() == null) {
			problems.add(new Rejection.Problem("staffId", "awards.nomination.staff"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		StaffView p = staff.get(scope, form.staffId());
		LocalDate on = form.on() == null ? today : form.on();
		if (nominations.findByRoundIdAndStaffId(roundId, p.id()).stream().anyMatch(n -> n.getStatus().counts())) {
			throw new Rejection("staffId", "awards.nomination.exists", p.name());
		}
		VetoDecision veto = ethics.veto(scope, p.id(), on, VetoPurpose.AWARD);
		if (veto.blocked()) {
			throw new Rejection(veto.reasons()
				.stream()
				.map(reason -> new Rejection.Problem("staffId", reason.messageKey(), reason.args().toArray()))
				.toList());
		}
		AwardEligibility.Decision conditions = eligibility.decide(scope, p, r.getYear(), on);
		if (!conditions.eligible()) {
			// The reasons as the rules module words them, each naming its source, in the
			// request's language.
			Locale locale = LocaleContextHolder.getLocale();
			throw new Rejection(conditions.refusals()
				.stream()
				.map(reason -> new Rejection.Problem("staffId", "awards.eligibility.refused",
						rules.explain(reason, locale)))
				.toList());
		}
		AwardQuota quota = quotas.findByRoundIdAndUnitId(roundId, p.unitId()).orElse(null);
		if (quota == null) {
			throw new Rejection("staffId", "awards.quota.none", p.name());
		}
		int used = used(roundId, p.unitId());
		if (used + 1 > quota.getPlaces()) {
			throw new Rejection("staffId", "awards.quota.full", quota.getPlaces(), used);
		}
		Nomination n = nominations.save(new Nomination(roundId, p.id(), p.name(), p.unitId(), on,
				form.merits() == null ? null : form.merits().strip()));
		steps.save(new AwardStep(roundId, n.getId(), null, n.getStatus().name(), on, null));
		audit.record(AuditAction.CREATE, NOMINATION, n.getId(), p.name() + " (" + r.getName() + ")",
				Change.created(Map.of("roundId", roundId, "staffId", p.id(), "unitId", p.unitId())));
		return n.toView();
	}

	private Nomination nomination(DataScope scope, long id) {
		Nomination n = nominations.findById(id).orElseThrow(() -> new NotFound("nomination " + id));
		if (!org.isWithin(scope, n.getUnitId())) {
			throw new NotFound("nomination " + id);
		}
		round(DataScope.all(), n.getRoundId());
		return n;
	}

	/** The nominations of a round within the scope. */
	@Transactional(readOnly = true)
	public List<NominationView> nominations(DataScope scope, long roundId) {
		round(scope, roundId);
		return nominations.findByRoundIdOrderByUnitIdAscIdAsc(roundId)
			.stream()
			.filter(n -> org.isWithin(scope, n.getUnitId()))
			.map(Nomination::toView)
			.toList();
	}

	/** One page of {@link #nominations(DataScope, long)}, paged in the query. */
	@Transactional(readOnly = true)
	public Page<NominationView> nominations(DataScope scope, long roundId, int page, int size) {
		round(scope, roundId);
		return nominations
			.findAll(
					org.<Nomination>unitIdScope(scope, "unitId")
						.and((root, q, cb) -> cb.equal(root.get("roundId"), roundId)),
					Paging.request(page, size, MAX_PAGE_SIZE, Sort.by("unitId", "id")))
			.map(Nomination::toView);
	}

	/** The largest page the API answers. */
	static final int MAX_PAGE_SIZE = 200;

	@Transactional(readOnly = true)
	public NominationView nominationView(DataScope scope, long id) {
		return nomination(scope, id).toView();
	}

	/** The bureau approves or rejects a nomination while the round is under review. */
	@Transactional
	public NominationView review(DataScope scope, long id, Forms.ReviewForm form) {
		Nomination n = nomination(scope, id);
		AwardRound r = round(scope, n.getRoundId());
		r.requireStatus(AwardRoundStatus.REVIEW);
		List<Rejection.Problem> problems = new ArrayList<>(text("note", form.note(), 500, false));
		if (form.approved() == null) {
			problems.add(new Rejection.Problem("approved", "awards.review.decision"));
		}
		if (Boolean.FALSE.equals(form.approved()) && (form.note() == null || form.note().isBlank())) {
			problems.add(new Rejection.Problem("note", "awards.review.rejectNote"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		return nominationStep(n, null, x -> x.review(form.approved(), form.note()));
	}

	/**
	 * Withdraws a nomination: by its unit while nominating or under review, or upheld
	 * objection during the public notice.
	 */
	@Transactional
	public NominationView withdraw(DataScope scope, long id, Forms.DayForm form) {
		Nomination n = nomination(scope, id);
		AwardRound r = round(scope, n.getRoundId());
		if (r.getStatus() == AwardRoundStatus.CONFERRED) {
			r.requireStatus(AwardRoundStatus.PUBLICITY);
		}
		List<Rejection.Problem> problems = text("note", form == null ? null : form.note(), 500, true);
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		return nominationStep(n, form.on(), x -> x.withdraw(form.note().strip()));
	}

	private NominationView nominationStep(Nomination n, LocalDate on, java.util.function.Consumer<Nomination> change) {
		NominationStatus from = n.getStatus();
		change.accept(n);
		steps.save(new AwardStep(n.getRoundId(), n.getId(), from.name(), n.getStatus().name(), on, null));
		audit.record(AuditAction.UPDATE, NOMINATION, n.getId(), n.getStaffName() + ": " + from + " → " + n.getStatus(),
				List.of(new Change("status", from.name(), n.getStatus().name())));
		return n.toView();
	}

	// ---- the round's steps

	/** Closes nominations: the round goes under review. */
	@Transactional
	public RoundView closeNominations(DataScope scope, long roundId, LocalDate on) {
		return roundStep(scope, roundId, on, null, r -> r.move(AwardRoundStatus.REVIEW));
	}

	/** Review done, back to nominating (a unit to nominate again). */
	@Transactional
	public RoundView reopen(DataScope scope, long roundId, LocalDate on, String note) {
		return roundStep(scope, roundId, on, note, r -> r.move(AwardRoundStatus.NOMINATING));
	}

	/**
	 * Posts the approved list publicly from the day: the notice lasts
	 * {@code awards.publicNoticeWorkingDays} working days not counting the first day,
	 * ending on a working day by the holiday calendar (policy rules §12's convention). No
	 * nomination may still await review.
	 */
	@Transactional
	public RoundView publish(DataScope scope, long roundId, LocalDate on) {
		if (on == null) {
			throw new Rejection("on", "awards.day.required");
		}
		AwardRound r = round(scope, roundId);
		r.requireStatus(AwardRoundStatus.REVIEW);
		long waiting = nominations.findByRoundIdOrderByUnitIdAscIdAsc(roundId)
			.stream()
			.filter(n -> n.getStatus() == NominationStatus.NOMINATED)
			.count();
		if (waiting > 0) {
			throw new Rejection("status", "awards.round.unreviewed", waiting);
		}
		PeriodEnd end = noticeEnd(on);
		return roundStep(scope, roundId, on, null, x -> x.publish(on, end.due()));
	}

	/** The last day of a notice posted on the day, with the counting's reasons. */
	@Transactional(readOnly = true)
	public PeriodEnd noticeEnd(LocalDate on) {
		int days = rules.parameter(LocalParameter.AWARD_PUBLIC_NOTICE_WORKING_DAYS, on).intValue();
		return rules.periodEnd(PolicyRule.AWARD_SELECTION, on, days, true);
	}

	/**
	 * Confers the approved nominations after the notice has ended (not on its last day):
	 * each person's veto is asked again on the day, and each honour is written into the
	 * person's file.
	 */
	@Transactional
	public RoundView confer(DataScope scope, long roundId, Forms.DayForm form) {
		List<Rejection.Problem> problems = new ArrayList<>(
				text("documentNumber", form == null ? null : form.documentNumber(), 60, true));
		if (form == null || form.on() == null) {
			problems.add(new Rejection.Problem("on", "awards.day.required"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		AwardRound r = round(scope, roundId);
		r.requireStatus(AwardRoundStatus.PUBLICITY);
		if (!form.on().isAfter(r.getNoticeUntil())) {
			throw new Rejection("on", "awards.confer.noticeRunning", form.on().toString(), r.getNoticeFrom().toString(),
					r.getNoticeUntil().toString());
		}
		List<Nomination> approved = nominations.findByRoundIdOrderByUnitIdAscIdAsc(roundId)
			.stream()
			.filter(n -> n.getStatus() == NominationStatus.APPROVED)
			.toList();
		List<Rejection.Problem> vetoed = new ArrayList<>();
		for (Nomination n : approved) {
			VetoDecision veto = ethics.veto(DataScope.all(), n.getStaffId(), form.on(), VetoPurpose.AWARD);
			if (veto.blocked()) {
				for (Reason reason : veto.reasons()) {
					vetoed.add(new Rejection.Problem("nomination." + n.getId(), reason.messageKey(),
							reason.args().toArray()));
				}
			}
		}
		if (!vetoed.isEmpty()) {
			throw new Rejection(vetoed);
		}
		String body = unitName(r.getOwnerUnitId());
		for (Nomination n : approved) {
			Map<String, Object> honour = new HashMap<>();
			honour.put("title", r.getName());
			honour.put("level", r.getLevel().name());
			honour.put("awardedOn", form.on().toString());
			honour.put("awardedBy", body);
			FileEntryView entry = staff.addFileEntry(DataScope.all(), n.getStaffId(), FileCategory.HONOURS, honour);
			nominationStep(n, form.on(), x -> x.conferred(entry.id()));
		}
		return roundStep(scope, roundId, form.on(), form.documentNumber(),
				x -> x.confer(form.on(), form.documentNumber().strip()));
	}

	/**
	 * The honours conferred between the two days on people nominated by units within the
	 * scope (the figures and their lineage); each distinct unit is checked once.
	 */
	@Transactional(readOnly = true)
	List<ConferredAward> conferred(DataScope scope, LocalDate from, LocalDate to) {
		List<ConferredAward> all = nominations.conferredBetween(from, to);
		Map<Long, Boolean> within = new HashMap<>();
		return all.stream().filter(c -> within.computeIfAbsent(c.unitId(), unit -> org.isWithin(scope, unit))).toList();
	}

	/** Unit names by id, for labelling records the caller already sees. */
	@Transactional(readOnly = true)
	Map<Long, String> unitNames(java.util.Collection<Long> unitIds) {
		Map<Long, String> names = new HashMap<>();
		org.byIds(unitIds).forEach((id, unit) -> names.put(id, unit.name()));
		return names;
	}

	private String unitName(long unitId) {
		UnitView u = org.byIds(List.of(unitId)).get(unitId);
		return u == null ? String.valueOf(unitId) : u.name();
	}

	private RoundView roundStep(DataScope scope, long roundId, LocalDate on, String note,
			java.util.function.Consumer<AwardRound> change) {
		AwardRound r = round(scope, roundId);
		AwardRoundStatus from = r.getStatus();
		change.accept(r);
		steps.save(new AwardStep(roundId, null, from.name(), r.getStatus().name(), on, note));
		audit.record(AuditAction.UPDATE, ROUND, roundId, r.getName() + ": " + from + " → " + r.getStatus(),
				List.of(new Change("status", from.name(), r.getStatus().name())));
		return view(r);
	}

}
