package io.edubureau.recruitment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.establishment.EstablishmentManagement;
import io.edubureau.establishment.UnitEstablishment;
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
import io.edubureau.recruitment.Views.ApplicationView;
import io.edubureau.recruitment.Views.PlanCheck;
import io.edubureau.recruitment.Views.PositionView;
import io.edubureau.recruitment.Views.RankingEntry;
import io.edubureau.recruitment.Views.RoundView;
import io.edubureau.recruitment.Views.Vacancy;
import io.edubureau.rules.HolidayDay;
import io.edubureau.rules.HolidayKind;
import io.edubureau.rules.IdNumberCheck;
import io.edubureau.rules.Reason;
import io.edubureau.rules.RulesManagement;
import io.edubureau.staff.EmploymentType;
import io.edubureau.staff.PostCategory;
import io.edubureau.staff.StaffFilter;
import io.edubureau.staff.StaffForm;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffStatus;
import io.edubureau.staff.StaffView;
import io.edubureau.staff.UpcomingRetirement;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recruitment's public face: the round from plan to hire. Every call takes the caller's
 * {@link DataScope}; a round is seen by the area of the bureau that owns it and acted on
 * only within that bureau's scope; an application of a unit outside the scope is not
 * found (404), like a missing one. Every change is audited in its transaction and every
 * decision returns its reasons.
 */
@Service
public class RecruitmentManagement {

	static final String ROUND = "recruitment.round";

	static final String APPLICATION = "recruitment.application";

	static final String POSITION = "recruitment.position";

	private static final Set<ApplicationStatus> CHOSEN = EnumSet.of(ApplicationStatus.SELECTED,
			ApplicationStatus.PUBLICIZED, ApplicationStatus.HIRED);

	private final RecruitmentRoundRepository rounds;

	private final RecruitmentPositionRepository positions;

	private final RecruitmentApplicationRepository applications;

	private final RecruitmentStepRepository steps;

	private final OrgManagement org;

	private final StaffManagement staff;

	private final EstablishmentManagement establishment;

	private final RulesManagement rules;

	private final AuditManagement audit;

	private final Validator validator;

	private final Contracts contracts;

	private final PostSetting postSetting;

	private final Clock clock;

	RecruitmentManagement(RecruitmentRoundRepository rounds, RecruitmentPositionRepository positions,
			RecruitmentApplicationRepository applications, RecruitmentStepRepository steps, OrgManagement org,
			StaffManagement staff, EstablishmentManagement establishment, RulesManagement rules, AuditManagement audit,
			Validator validator, Contracts contracts, PostSetting postSetting,
			org.springframework.beans.factory.ObjectProvider<Clock> clock) {
		this.rounds = rounds;
		this.positions = positions;
		this.applications = applications;
		this.steps = steps;
		this.org = org;
		this.staff = staff;
		this.establishment = establishment;
		this.rules = rules;
		this.audit = audit;
		this.validator = validator;
		this.contracts = contracts;
		this.postSetting = postSetting;
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	// ---- checks

	private <T> void valid(T form) {
		if (form == null) {
			throw new Rejection(null, "recruitment.required");
		}
		Set<ConstraintViolation<T>> violations = validator.validate(form);
		if (!violations.isEmpty()) {
			List<Problem> problems = new ArrayList<>();
			for (ConstraintViolation<T> v : violations) {
				String template = v.getMessageTemplate();
				String key = template.startsWith("{") ? template.substring(1, template.length() - 1) : template;
				problems.add(new Problem(v.getPropertyPath().toString(), key));
			}
			throw new Rejection(problems);
		}
	}

	/**
	 * Applications of units in the scope: by unit id for a one-unit scope, by tree path
	 * below a unit; fail-closed.
	 */
	private Specification<RecruitmentApplication> within(DataScope scope) {
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

	/** A round the scope sees: owned within it or above it. */
	private RecruitmentRound seen(DataScope scope, long id) {
		RecruitmentRound r = rounds.findById(id).orElseThrow(() -> new NotFound("recruitment round " + id));
		if (!org.covers(scope, r.getOwnerUnitId())) {
			throw new NotFound("recruitment round " + id);
		}
		return r;
	}

	/** A round the scope acts on: owned within it. */
	private RecruitmentRound owned(DataScope scope, long id) {
		RecruitmentRound r = seen(scope, id);
		if (!org.isWithin(scope, r.getOwnerUnitId())) {
			throw new NotFound("recruitment round " + id);
		}
		return r;
	}

	// Package-private: the applicant photos check the application's scope the same way.
	RecruitmentApplication visibleApplication(DataScope scope, long roundId, long id) {
		seen(scope, roundId);
		return applications
			.findOne(within(scope)
				.and((root, q, cb) -> cb.and(cb.equal(root.get("id"), id), cb.equal(root.get("roundId"), roundId))))
			.orElseThrow(() -> new NotFound("recruitment application " + id));
	}

	private RecruitmentPosition position(RecruitmentRound r, Long positionId) {
		if (positionId == null) {
			throw new Rejection("positionId", "recruitment.required");
		}
		RecruitmentPosition p = positions.findById(positionId).orElse(null);
		if (p == null || !p.getRoundId().equals(r.getId())) {
			throw new NotFound("recruitment position " + positionId);
		}
		return p;
	}

	private void step(String kind, long id, Enum<?> from, Enum<?> to, String note) {
		steps.save(new RecruitmentStep(kind, id, from, to, note, Actor.current()));
	}

	@EventListener
	void on(UnitMoved moved) {
		positions.moveUnitPaths(moved.oldPath(), moved.newPath());
		applications.moveUnitPaths(moved.oldPath(), moved.newPath());
	}

	// ---- rounds

	/** The rounds the scope sees, the latest year first. */
	@Transactional(readOnly = true)
	List<RoundView> rounds(DataScope scope) {
		return rounds.findAllByOrderByYearDescIdDesc()
			.stream()
			.filter(r -> org.covers(scope, r.getOwnerUnitId()))
			.map(r -> view(r, false))
			.toList();
	}

	@Transactional(readOnly = true)
	RoundView round(DataScope scope, long id) {
		return view(seen(scope, id), true);
	}

	private RoundView view(RecruitmentRound r, boolean full) {
		List<RecruitmentPosition> ps = positions.findByRoundIdOrderByIdAsc(r.getId());
		int planned = ps.stream().mapToInt(RecruitmentPosition::getHeadcount).sum();
		return new RoundView(r.getId(), r.getOwnerUnitId(), r.getYear(), r.getTitle(), r.getWrittenWeight(),
				r.getInterviewWeight(), r.getScoreScale(), r.getSelectionRatio(), r.getPublicityDays(), r.getStatus(),
				r.getApprovalDocument(), r.getApprovedOn(), r.getPublishedOn(), planned,
				full ? positionViews(ps) : List.of(),
				full ? steps.findBySubjectKindAndSubjectIdOrderByIdAsc(RecruitmentStep.ROUND, r.getId())
					.stream()
					.map(RecruitmentStep::toView)
					.toList() : List.of());
	}

	private List<PositionView> positionViews(List<RecruitmentPosition> ps) {
		Map<Long, UnitView> units = org.byIds(ps.stream().map(RecruitmentPosition::getUnitId).distinct().toList());
		return ps.stream()
			.map(p -> new PositionView(p.getId(), p.getRoundId(), p.getUnitId(),
					units.containsKey(p.getUnitId()) ? units.get(p.getUnitId()).name() : "", p.getPostCategory(),
					p.getStage(), p.getSubject(), p.getHeadcount(), p.getChannel(), p.getMinEducation(),
					p.isCertificateRequired(), p.getMaxAge(), p.getHousehold()))
			.toList();
	}

	/**
	 * Opens a round owned by the caller's bureau; weights default to 50/50, one decimal
	 * place... as entered.
	 */
	@Transactional
	RoundView openRound(DataScope scope, Forms.RoundForm form) {
		valid(form);
		int written = form.writtenWeight() == null ? 50 : form.writtenWeight();
		int interview = form.interviewWeight() == null ? 100 - written : form.interviewWeight();
		if (written + interview != 100) {
			throw new Rejection("interviewWeight", "recruitment.weight.sum", written, interview);
		}
		long owner = org.owningUnit(scope).orElseThrow(() -> new Rejection(null, "recruitment.noOwner"));
		RecruitmentRound r = rounds.save(new RecruitmentRound(owner, form.year(), form.title().trim(), written,
				interview, form.scoreScale() == null ? 2 : form.scoreScale(),
				form.selectionRatio() == null ? 1 : form.selectionRatio(),
				form.publicityDays() == null ? 7 : form.publicityDays(), Actor.current()));
		step(RecruitmentStep.ROUND, r.getId(), null, RoundStatus.DRAFT, null);
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("year", r.getYear());
		values.put("title", r.getTitle());
		values.put("writtenWeight", written);
		values.put("interviewWeight", interview);
		values.put("scoreScale", r.getScoreScale());
		values.put("selectionRatio", r.getSelectionRatio());
		values.put("publicityDays", r.getPublicityDays());
		audit.record(AuditAction.CREATE, ROUND, r.getId(), r.getTitle(), Change.created(values));
		return view(r, true);
	}

	// ---- the plan against the vacancies

	/**
	 * Today's vacancies of every unit in scope by post category, computed from the
	 * establishment (approved in force minus in-establishment headcount) plus the
	 * in-establishment staff reaching retirement by the end of the year.
	 */
	@Transactional(readOnly = true)
	List<Vacancy> vacancies(DataScope scope, int year) {
		Map<Long, Map<PostCategory, Integer>> retiring = new HashMap<>();
		YearMonth now = YearMonth.from(today());
		if (year >= now.getYear()) {
			int months = (int) Math.min(60,
					now.until(YearMonth.of(year, 12), java.time.temporal.ChronoUnit.MONTHS) + 1);
			for (UpcomingRetirement u : staff.upcomingRetirements(scope, months)) {
				StaffView p = u.person();
				if (p.employmentType() == EmploymentType.IN_ESTABLISHMENT && p.postCategory() != null
						&& u.decision().statutoryRetirement().getYear() == year) {
					retiring.computeIfAbsent(p.unitId(), k -> new EnumMap<>(PostCategory.class))
						.merge(p.postCategory(), 1, Integer::sum);
				}
			}
		}
		List<Vacancy> found = new ArrayList<>();
		for (UnitEstablishment u : establishment.overview(scope, null).units()) {
			for (PostCategory c : PostCategory.values()) {
				int approved = u.approvedByPost().getOrDefault(c.name(), 0);
				int actual = u.actualByPost().getOrDefault(c.name(), 0);
				int leaving = retiring.getOrDefault(u.unit().id(), Map.of()).getOrDefault(c, 0);
				if (approved > 0 || actual > 0) {
					found.add(new Vacancy(u.unit().id(), u.unit().name(), c, approved, actual, leaving,
							RecruitmentRules.vacant(approved, actual, leaving)));
				}
			}
		}
		return found;
	}

	/** Whether the round's plan (with an extra position, if given) fits the vacancies. */
	private PlanCheck planCheck(DataScope scope, RecruitmentRound r, RecruitmentPosition extra) {
		List<RecruitmentPosition> ps = new ArrayList<>(positions.findByRoundIdOrderByIdAsc(r.getId()));
		if (extra != null) {
			ps.add(extra);
		}
		Map<Long, Map<PostCategory, Integer>> planned = new TreeMap<>();
		for (RecruitmentPosition p : ps) {
			planned.computeIfAbsent(p.getUnitId(), k -> new EnumMap<>(PostCategory.class))
				.merge(p.getPostCategory(), p.getHeadcount(), Integer::sum);
		}
		Map<Long, String> names = new HashMap<>();
		org.byIds(planned.keySet()).forEach((id, u) -> names.put(id, u.name()));
		return RecruitmentRules.plan(planned, vacancies(scope, r.getYear()), names);
	}

	@Transactional(readOnly = true)
	PlanCheck planCheck(DataScope scope, long roundId) {
		return planCheck(scope, seen(scope, roundId), null);
	}

	private static Rejection refusal(String field, PlanCheck check) {
		return new Rejection(check.reasons()
			.stream()
			.filter(x -> x.messageKey().endsWith(".exceeds"))
			.map(x -> new Problem(field, x.messageKey(), x.args().toArray()))
			.toList());
	}

	/**
	 * Adds a position to a drafted plan; refused, with the reason, when the plan would
	 * exceed the vacancies.
	 */
	@Transactional
	PositionView addPosition(DataScope scope, long roundId, Forms.PositionForm form) {
		RecruitmentRound r = owned(scope, roundId);
		valid(form);
		if (r.getStatus() != RoundStatus.DRAFT) {
			throw new Rejection("status", "recruitment.round.notDraft");
		}
		UnitView unit = org.get(scope, form.unitId());
		RecruitmentPosition p = new RecruitmentPosition(r.getId(), unit.id(), unit.path(), form, Actor.current());
		PlanCheck check = planCheck(scope, r, p);
		if (!check.fits()) {
			throw refusal("headcount", check);
		}
		positions.save(p);
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("round", r.getId());
		values.put("unit", unit.name());
		values.put("postCategory", p.getPostCategory());
		values.put("stage", p.getStage());
		values.put("subject", p.getSubject());
		values.put("headcount", p.getHeadcount());
		values.put("channel", p.getChannel());
		values.put("minEducation", p.getMinEducation());
		values.put("certificateRequired", p.isCertificateRequired());
		values.put("maxAge", p.getMaxAge());
		values.put("household", p.getHousehold());
		audit.record(AuditAction.CREATE, POSITION, p.getId(), unit.name(), Change.created(values));
		return positionViews(List.of(p)).get(0);
	}

	/**
	 * The establishment office's approval, with its document number; the plan must still
	 * fit.
	 */
	@Transactional
	RoundView approve(DataScope scope, long roundId, Forms.ApprovalForm form) {
		RecruitmentRound r = owned(scope, roundId);
		valid(form);
		if (positions.findByRoundIdOrderByIdAsc(r.getId()).isEmpty()) {
			throw new Rejection("status", "recruitment.round.noPositions");
		}
		PlanCheck check = planCheck(scope, r, null);
		if (!check.fits()) {
			throw refusal("status", check);
		}
		RoundStatus before = r.getStatus();
		r.approve(form.document().trim(), form.approvedOn(), Actor.current());
		step(RecruitmentStep.ROUND, r.getId(), before, r.getStatus(), form.document());
		audit.record(AuditAction.UPDATE, ROUND, r.getId(), r.getTitle(),
				List.of(new Change("status", before.name(), r.getStatus().name()),
						new Change("approvalDocument", null, r.getApprovalDocument()),
						new Change("approvedOn", null, r.getApprovedOn().toString())));
		return view(r, true);
	}

	/**
	 * Publishes the approved positions (the announcement) or closes a published round.
	 */
	@Transactional
	RoundView advance(DataScope scope, long roundId, RoundStatus to) {
		RecruitmentRound r = owned(scope, roundId);
		RoundStatus before = r.getStatus();
		if (to == RoundStatus.PUBLISHED) {
			r.publish(today(), Actor.current());
		}
		else if (to == RoundStatus.CLOSED) {
			r.moveTo(RoundStatus.CLOSED, Actor.current());
		}
		else {
			throw new Rejection("status", "recruitment.round.transition",
					RecruitmentRules.label("enum.RoundStatus." + before.name()),
					RecruitmentRules.label("enum.RoundStatus." + String.valueOf(to)));
		}
		step(RecruitmentStep.ROUND, r.getId(), before, r.getStatus(), null);
		audit.record(AuditAction.UPDATE, ROUND, r.getId(), r.getTitle(),
				List.of(new Change("status", before.name(), r.getStatus().name())));
		return view(r, true);
	}

	/**
	 * The announcement: rounds published and not closed, with their positions; no
	 * personal data.
	 */
	@Transactional(readOnly = true)
	List<RoundView> announcements() {
		return rounds.findByStatusOrderByYearDescIdDesc(RoundStatus.PUBLISHED)
			.stream()
			.map(r -> view(r, true))
			.toList();
	}

	// ---- applications

	/**
	 * Registers an applicant for a position of a published round: identity number checked
	 * (GB 11643-1999), one position per applicant and round, eligibility with reasons on
	 * the announcement day; an ineligible applicant is recorded as such, with the
	 * reasons.
	 */
	@Transactional
	ApplicationView apply(DataScope scope, long roundId, Forms.ApplicationForm form) {
		RecruitmentRound r = owned(scope, roundId);
		valid(form);
		if (r.getStatus() != RoundStatus.PUBLISHED) {
			throw new Rejection("status", "recruitment.round.notPublished");
		}
		RecruitmentPosition p = position(r, form.positionId());
		if (!org.isWithin(scope, p.getUnitId())) {
			throw new NotFound("recruitment position " + p.getId());
		}
		IdNumberCheck id = rules.checkIdNumber(form.idNumber());
		if (!id.valid()) {
			throw new Rejection("idNumber", "recruitment.idNumber.invalid", form.idNumber());
		}
		if (applications.findByRoundIdAndIdNumber(r.getId(), id.normalized()).isPresent()) {
			throw new Rejection("idNumber", "recruitment.application.duplicate");
		}
		boolean certificate = Boolean.TRUE.equals(form.hasCertificate());
		Views.Eligibility e = RecruitmentRules.eligibility(p, form.education(), certificate, id.birthDate(),
				form.household(), r.getPublishedOn());
		RecruitmentApplication a = applications.save(new RecruitmentApplication(p, id.normalized(), form.name(),
				id.sex(), id.birthDate(), form.education(), certificate, form.household(),
				!Boolean.FALSE.equals(form.firstJob()), e.eligible(), Actor.current()));
		step(RecruitmentStep.APPLICATION, a.getId(), null, a.getStatus(), null);
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("round", r.getId());
		values.put("position", p.getId());
		values.put("idNumber", a.getIdNumber());
		values.put("name", a.getName());
		values.put("education", a.getEducation());
		values.put("hasCertificate", a.isHasCertificate());
		values.put("status", a.getStatus());
		audit.record(AuditAction.CREATE, APPLICATION, a.getId(), a.getName(), Change.created(values));
		return view(r, a, true);
	}

	@Transactional(readOnly = true)
	List<ApplicationView> applications(DataScope scope, long roundId, Long positionId) {
		RecruitmentRound r = seen(scope, roundId);
		return applications.findAll(applicationsWhere(scope, roundId, positionId), Sort.by("id"))
			.stream()
			.map(a -> view(r, a, false))
			.toList();
	}

	/** One page of {@link #applications(DataScope, long, Long)}, paged in the query. */
	@Transactional(readOnly = true)
	Page<ApplicationView> applications(DataScope scope, long roundId, Long positionId, int page, int size) {
		RecruitmentRound r = seen(scope, roundId);
		return applications
			.findAll(applicationsWhere(scope, roundId, positionId),
					Paging.request(page, size, MAX_PAGE_SIZE, Sort.by("id")))
			.map(a -> view(r, a, false));
	}

	/** The largest page the API answers. */
	static final int MAX_PAGE_SIZE = 200;

	private Specification<RecruitmentApplication> applicationsWhere(DataScope scope, long roundId, Long positionId) {
		Specification<RecruitmentApplication> spec = within(scope)
			.and((root, q, cb) -> cb.equal(root.get("roundId"), roundId));
		if (positionId != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("positionId"), positionId));
		}
		return spec;
	}

	@Transactional(readOnly = true)
	ApplicationView application(DataScope scope, long roundId, long id) {
		return applicationView(scope, roundId, id);
	}

	private ApplicationView applicationView(DataScope scope, long roundId, long id) {
		RecruitmentRound r = seen(scope, roundId);
		RecruitmentApplication a = visibleApplication(scope, roundId, id);
		audit.recordRead(APPLICATION, a.getId(), a.getName(), List.of());
		return view(r, a, true);
	}

	private ApplicationView view(RecruitmentRound r, RecruitmentApplication a, boolean full) {
		RecruitmentPosition p = positions.findById(a.getPositionId()).orElseThrow();
		List<Reason> reasons = new ArrayList<>(RecruitmentRules
			.eligibility(p, a.getEducation(), a.isHasCertificate(), a.getBirthDate(), a.getHousehold(),
					r.getPublishedOn() == null ? today() : r.getPublishedOn())
			.reasons());
		if (a.getContractYears() != null) {
			reasons
				.add(RecruitmentRules.probation(a.isFirstJob(), a.getContractYears(), null, a.getHiredOn()).reason());
		}
		String unitName = org.byIds(List.of(a.getUnitId()))
			.values()
			.stream()
			.map(UnitView::name)
			.findFirst()
			.orElse("");
		return new ApplicationView(a.getId(), a.getRoundId(), a.getPositionId(), unitName, a.getIdNumber(), a.getName(),
				a.getBirthDate(), a.getEducation(), a.isHasCertificate(), a.getHousehold(), a.isFirstJob(),
				a.getStatus(), scaled(a.getWrittenScore(), r), scaled(a.getInterviewScore(), r),
				RecruitmentRules.total(a.getWrittenScore(), a.getInterviewScore(), r.getWrittenWeight(),
						r.getInterviewWeight(), r.getScoreScale()),
				a.getPublicityFrom(), a.getPublicityTo(), a.getStaffId(), a.getHiredOn(), a.getContractYears(),
				a.getProbationEnd(), reasons,
				full ? steps.findBySubjectKindAndSubjectIdOrderByIdAsc(RecruitmentStep.APPLICATION, a.getId())
					.stream()
					.map(RecruitmentStep::toView)
					.toList() : List.of());
	}

	private static BigDecimal scaled(BigDecimal score, RecruitmentRound r) {
		return score == null ? null : score.setScale(r.getScoreScale(), java.math.RoundingMode.HALF_UP);
	}

	// ---- scores and ranking

	/**
	 * Enters written and interview scores, all or nothing: every line is checked (0–100,
	 * at most the round's decimal places, an eligible application of the round in scope)
	 * and any problem refuses them all, naming the line.
	 */
	@Transactional
	int scores(DataScope scope, long roundId, List<Forms.ScoreForm> lines) {
		RecruitmentRound r = owned(scope, roundId);
		if (r.getStatus() != RoundStatus.PUBLISHED) {
			throw new Rejection("status", "recruitment.round.notPublished");
		}
		if (lines == null || lines.isEmpty()) {
			throw new Rejection("scores", "recruitment.scores.empty");
		}
		List<Problem> problems = new ArrayList<>();
		List<RecruitmentApplication> found = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Forms.ScoreForm line = lines.get(i);
			String field = "scores[" + i + "]";
			if (line == null || line.applicationId() == null || line.written() == null || line.interview() == null) {
				problems.add(new Problem(field, "recruitment.required"));
				continue;
			}
			if (!score(line.written(), r) || !score(line.interview(), r)) {
				problems.add(new Problem(field, "recruitment.score.range", r.getScoreScale()));
				continue;
			}
			RecruitmentApplication a = applications.findOne(within(scope).and((root, q, cb) -> cb
				.and(cb.equal(root.get("id"), line.applicationId()), cb.equal(root.get("roundId"), roundId))))
				.orElse(null);
			if (a == null) {
				problems.add(new Problem(field, "recruitment.score.unknown", line.applicationId()));
			}
			else if (a.getStatus() != ApplicationStatus.ELIGIBLE) {
				problems.add(new Problem(field, "recruitment.score.closed", a.getName()));
			}
			else {
				found.add(a);
			}
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		List<AuditManagement.Entry> entries = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			RecruitmentApplication a = found.get(i);
			Map<String, Object> before = new LinkedHashMap<>();
			before.put("written", a.getWrittenScore());
			before.put("interview", a.getInterviewScore());
			a.score(lines.get(i).written(), lines.get(i).interview(), Actor.current());
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("written", a.getWrittenScore());
			after.put("interview", a.getInterviewScore());
			entries.add(new AuditManagement.Entry(a.getId(), a.getName(), Change.between(before, after)));
		}
		audit.recordAll(AuditAction.UPDATE, APPLICATION, entries);
		return found.size();
	}

	private static boolean score(BigDecimal s, RecruitmentRound r) {
		return s.signum() >= 0 && s.compareTo(BigDecimal.valueOf(100)) <= 0
				&& s.stripTrailingZeros().scale() <= r.getScoreScale();
	}

	/**
	 * A position's candidates with both scores in rank order: total, ties broken by the
	 * written score.
	 */
	@Transactional(readOnly = true)
	List<RankingEntry> ranking(DataScope scope, long roundId, long positionId) {
		RecruitmentRound r = seen(scope, roundId);
		RecruitmentPosition p = position(r, positionId);
		if (!org.isWithin(scope, p.getUnitId())) {
			throw new NotFound("recruitment position " + positionId);
		}
		return ranked(r, p);
	}

	private List<RankingEntry> ranked(RecruitmentRound r, RecruitmentPosition p) {
		Map<Long, RecruitmentApplication> byId = new HashMap<>();
		List<RecruitmentRules.Scored> scored = new ArrayList<>();
		for (RecruitmentApplication a : applications.findByPositionIdOrderByIdAsc(p.getId())) {
			if (a.scored() && a.getStatus() != ApplicationStatus.INELIGIBLE) {
				byId.put(a.getId(), a);
				scored
					.add(new RecruitmentRules.Scored(
							a.getId(), RecruitmentRules.total(a.getWrittenScore(), a.getInterviewScore(),
									r.getWrittenWeight(), r.getInterviewWeight(), r.getScoreScale()),
							a.getWrittenScore()));
			}
		}
		scored.sort(RecruitmentRules.ORDER);
		int[] ranks = RecruitmentRules.ranks(scored);
		List<RankingEntry> out = new ArrayList<>();
		for (int i = 0; i < scored.size(); i++) {
			RecruitmentApplication a = byId.get(scored.get(i).id());
			out.add(new RankingEntry(a.getId(), a.getName(), scaled(a.getWrittenScore(), r),
					scaled(a.getInterviewScore(), r), scored.get(i).total(), ranks[i], a.getStatus()));
		}
		return out;
	}

	/**
	 * Chooses the candidates for the physical examination and inspection in rank order,
	 * up to the position's number times the round's ratio (1:1 by default), counting
	 * those already chosen; a tie at the last place is refused (the panel decides by an
	 * added test).
	 * @return the applications chosen now
	 */
	@Transactional
	List<RankingEntry> select(DataScope scope, long roundId, long positionId) {
		RecruitmentRound r = owned(scope, roundId);
		RecruitmentPosition p = position(r, positionId);
		List<RankingEntry> ranking = ranked(r, p);
		return choose(r, p, ranking, null);
	}

	private List<RankingEntry> choose(RecruitmentRound r, RecruitmentPosition p, List<RankingEntry> ranking,
			String note) {
		if (r.getStatus() != RoundStatus.PUBLISHED) {
			throw new Rejection("status", "recruitment.round.notPublished");
		}
		int wanted = p.getHeadcount() * r.getSelectionRatio();
		long active = ranking.stream().filter(e -> CHOSEN.contains(e.status())).count();
		List<RankingEntry> open = ranking.stream().filter(e -> e.status() == ApplicationStatus.ELIGIBLE).toList();
		int need = (int) Math.max(0, wanted - active);
		if (need == 0 || open.isEmpty()) {
			return List.of();
		}
		int take = Math.min(need, open.size());
		if (take < open.size() && open.get(take - 1).rank() == open.get(take).rank()) {
			throw new Rejection("position", "recruitment.select.tie", open.get(take - 1).name(), open.get(take).name(),
					open.get(take).total());
		}
		List<RankingEntry> chosen = open.subList(0, take);
		for (RankingEntry e : chosen) {
			RecruitmentApplication a = applications.findById(e.applicationId()).orElseThrow();
			a.moveTo(ApplicationStatus.SELECTED, Actor.current());
			String why = note != null ? note : "#" + e.rank();
			step(RecruitmentStep.APPLICATION, a.getId(), ApplicationStatus.ELIGIBLE, ApplicationStatus.SELECTED, why);
			audit.record(AuditAction.UPDATE, APPLICATION, a.getId(), a.getName(),
					List.of(new Change("status", ApplicationStatus.ELIGIBLE.name(), ApplicationStatus.SELECTED.name()),
							new Change("rank", null, Integer.toString(e.rank()))));
		}
		return chosen;
	}

	/**
	 * A chosen candidate drops out (gives up, fails the physical examination or
	 * inspection, or an objection during the notice is upheld): the next in rank order is
	 * chosen in their place (递补).
	 * @return the fallback chosen, if any
	 */
	@Transactional
	List<RankingEntry> drop(DataScope scope, long roundId, long id, Forms.DropForm form) {
		RecruitmentRound r = owned(scope, roundId);
		RecruitmentApplication a = visibleApplication(scope, roundId, id);
		valid(form);
		ApplicationStatus before = a.getStatus();
		a.moveTo(ApplicationStatus.DROPPED, Actor.current());
		step(RecruitmentStep.APPLICATION, a.getId(), before, a.getStatus(), form.reason());
		audit.record(AuditAction.UPDATE, APPLICATION, a.getId(), a.getName(), List
			.of(new Change("status", before.name(), a.getStatus().name()), new Change("reason", null, form.reason())));
		RecruitmentPosition p = positions.findById(a.getPositionId()).orElseThrow();
		return choose(r, p, ranked(r, p), "↺ " + a.getName());
	}

	/**
	 * Starts the public notice (公示) of a chosen candidate; its last day by policy rules
	 * §12.
	 */
	@Transactional
	ApplicationView publicize(DataScope scope, long roundId, long id, Forms.PublicityForm form) {
		RecruitmentRound r = owned(scope, roundId);
		RecruitmentApplication a = visibleApplication(scope, roundId, id);
		valid(form);
		LocalDate end = RecruitmentRules.publicityEnd(form.from(), r.getPublicityDays(), calendar(form.from()));
		ApplicationStatus before = a.getStatus();
		a.publicize(form.from(), end, Actor.current());
		step(RecruitmentStep.APPLICATION, a.getId(), before, a.getStatus(), form.from() + " – " + end);
		audit.record(AuditAction.UPDATE, APPLICATION, a.getId(), a.getName(),
				List.of(new Change("status", before.name(), a.getStatus().name()),
						new Change("publicityFrom", null, form.from().toString()),
						new Change("publicityTo", null, end.toString())));
		return view(r, a, true);
	}

	private Map<LocalDate, HolidayKind> calendar(LocalDate from) {
		Map<LocalDate, HolidayKind> days = new HashMap<>();
		for (int y = from.getYear(); y <= from.getYear() + 1; y++) {
			if (y <= 2100) {
				for (HolidayDay d : rules.holidayYear(y).days()) {
					days.put(d.date(), d.kind());
				}
			}
		}
		return days;
	}

	/**
	 * Hires a candidate whose public notice has ended: creates the staff record (or
	 * updates the one with the same identity number) with the hire date, channel, post
	 * and stage, in establishment; the probation by 事业单位人事管理条例 第十三条.
	 */
	@Transactional
	ApplicationView hire(DataScope scope, long roundId, long id, Forms.HireForm form) {
		RecruitmentRound r = owned(scope, roundId);
		RecruitmentApplication a = visibleApplication(scope, roundId, id);
		valid(form);
		if (a.getStatus() != ApplicationStatus.PUBLICIZED) {
			throw new Rejection("status", "recruitment.application.transition",
					RecruitmentRules.label("enum.ApplicationStatus." + a.getStatus().name()),
					RecruitmentRules.label("enum.ApplicationStatus." + ApplicationStatus.HIRED.name()));
		}
		if (!form.hiredOn().isAfter(a.getPublicityTo())) {
			throw new Rejection("hiredOn", "recruitment.hire.duringPublicity", a.getPublicityTo().toString());
		}
		// The staff record begins on the hire date; a person file never starts later.
		if (form.hiredOn().isAfter(today())) {
			throw new Rejection("hiredOn", "recruitment.hire.tooLate");
		}
		RecruitmentPosition p = positions.findById(a.getPositionId()).orElseThrow();
		UnitView unit = org.get(scope, p.getUnitId());
		Views.Probation probation = RecruitmentRules.probation(a.isFirstJob(), form.contractYears(),
				form.probationMonths(), form.hiredOn());
		long staffId = staffRecord(scope, a, p, unit, form.hiredOn());
		// The contract carries the same probation (one rule): 事业单位人事管理条例 第十三条.
		contracts.signAtHire(scope, staffId, form.hiredOn(), form.contractYears(), a.isFirstJob(),
				form.probationMonths());
		ApplicationStatus before = a.getStatus();
		a.hire(staffId, form.hiredOn(), form.contractYears(), probation.end(), Actor.current());
		step(RecruitmentStep.APPLICATION, a.getId(), before, a.getStatus(), null);
		audit.record(AuditAction.UPDATE, APPLICATION, a.getId(), a.getName(),
				List.of(new Change("status", before.name(), a.getStatus().name()),
						new Change("staffId", null, Long.toString(staffId)),
						new Change("hiredOn", null, form.hiredOn().toString()),
						new Change("contractYears", null, form.contractYears().toString()),
						new Change("probationEnd", null, String.valueOf(probation.end()))));
		return view(r, a, true);
	}

	private long staffRecord(DataScope scope, RecruitmentApplication a, RecruitmentPosition p, UnitView unit,
			LocalDate hiredOn) {
		List<StaffView> existing = staff
			.search(scope, new StaffFilter(null, a.getIdNumber(), null, null, null, null, null, null, null, null),
					PageRequest.of(0, 1))
			.getContent();
		boolean teacher = p.getPostCategory() == PostCategory.PROFESSIONAL && p.getStage() != null;
		if (existing.isEmpty()) {
			StaffForm form = StaffForm.builder()
				.idNumber(a.getIdNumber())
				.name(a.getName())
				.unitCode(unit.code())
				.employmentType(EmploymentType.IN_ESTABLISHMENT)
				.postCategory(p.getPostCategory())
				.fullTimeTeacher(teacher)
				.stage(p.getStage())
				.subject(p.getSubject())
				.hireDate(hiredOn)
				.workStartDate(hiredOn)
				.hireChannel(p.getChannel())
				.highestEducation(a.getEducation())
				.status(StaffStatus.ACTIVE)
				.build();
			return staff.create(scope, form).id();
		}
		StaffView person = existing.get(0);
		if (person.status() != StaffStatus.ACTIVE) {
			throw new Rejection("idNumber", "recruitment.hire.notActive");
		}
		if (person.unitId() != unit.id()) {
			person = staff.transfer(scope, person.id(), unit.code(), hiredOn, "recruitment");
		}
		StaffForm form = StaffForm.builder()
			.idNumber(person.idNumber())
			.name(person.name())
			.formerNames(person.formerNames())
			.sex(person.sex())
			.birthDate(person.birthDate())
			.ethnicity(person.ethnicity())
			.nativePlace(person.nativePlace())
			.politicalStatus(person.politicalStatus())
			.partyJoinDate(person.partyJoinDate())
			.workStartDate(person.workStartDate())
			.phone(person.phone())
			.unitCode(unit.code())
			.employmentType(EmploymentType.IN_ESTABLISHMENT)
			.postCategory(p.getPostCategory())
			.fullTimeTeacher(teacher || person.fullTimeTeacher())
			.stage(p.getStage() != null ? p.getStage() : person.stage())
			.subject(p.getSubject() != null ? p.getSubject() : person.subject())
			.backbone(person.backbone())
			.academicLeader(person.academicLeader())
			.hireDate(hiredOn)
			.hireChannel(p.getChannel())
			.highestEducation(a.getEducation())
			.graduateSchoolTier(person.graduateSchoolTier())
			.titleLevel(person.titleLevel())
			.titleDate(person.titleDate())
			.originalRetirementAge(person.originalRetirementAge())
			.status(StaffStatus.ACTIVE)
			.build();
		return staff.update(scope, person.id(), form).id();
	}

	// ---- post setting for the title rounds

	/**
	 * A unit's professional-technical posts by grade band (正高 1–4, 副高 5–7, 中级 8–10, 初级
	 * 11–13) on a day under the post plan in force: planned, held and vacant; empty when
	 * the unit is outside the scope or has no post plan in force that day.
	 */
	@Transactional(readOnly = true)
	public Optional<PostVacancies> postVacancies(DataScope scope, long unitId, LocalDate on) {
		if (!org.isWithin(scope, unitId)) {
			return Optional.empty();
		}
		return postSetting.vacancies(unitId, on);
	}

	// ---- figures

	/**
	 * Positions planned in the scope's rounds of a year (approved or later), by unit of
	 * the position.
	 */
	@Transactional(readOnly = true)
	List<PositionView> plannedPositions(DataScope scope, int year) {
		Set<Long> roundIds = rounds.findAllByOrderByYearDescIdDesc()
			.stream()
			.filter(r -> r.getYear() == year && r.getStatus() != RoundStatus.DRAFT)
			.map(RecruitmentRound::getId)
			.collect(Collectors.toSet());
		if (roundIds.isEmpty()) {
			return List.of();
		}
		Specification<RecruitmentPosition> spec = positionWithin(scope)
			.and((root, q, cb) -> root.get("roundId").in(roundIds));
		return positionViews(positions.findAll(spec, Sort.by("id")));
	}

	private Specification<RecruitmentPosition> positionWithin(DataScope scope) {
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

	/**
	 * Applications in the scope of rounds of a year; hired ones counted by hire date
	 * instead when {@code hired}.
	 */
	@Transactional(readOnly = true)
	List<ApplicationView> yearApplications(DataScope scope, int year, boolean hired) {
		Specification<RecruitmentApplication> spec = within(scope);
		if (hired) {
			spec = spec.and((root, q, cb) -> cb.and(cb.equal(root.get("status"), ApplicationStatus.HIRED),
					cb.between(root.get("hiredOn"), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))));
		}
		else {
			Set<Long> roundIds = rounds.findAllByOrderByYearDescIdDesc()
				.stream()
				.filter(r -> r.getYear() == year)
				.map(RecruitmentRound::getId)
				.collect(Collectors.toSet());
			if (roundIds.isEmpty()) {
				return List.of();
			}
			spec = spec.and((root, q, cb) -> root.get("roundId").in(roundIds));
		}
		Map<Long, RecruitmentRound> byId = new HashMap<>();
		return applications.findAll(spec, Sort.by("id"))
			.stream()
			.map(a -> view(byId.computeIfAbsent(a.getRoundId(), k -> rounds.findById(k).orElseThrow()), a, false))
			.toList();
	}

	/** Counts for the figure book: one grouped query each. */
	@Transactional(readOnly = true)
	long countApplications(DataScope scope, int year, boolean hired) {
		Specification<RecruitmentApplication> spec = within(scope);
		if (hired) {
			spec = spec.and((root, q, cb) -> cb.and(cb.equal(root.get("status"), ApplicationStatus.HIRED),
					cb.between(root.get("hiredOn"), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))));
			return applications.count(spec);
		}
		Set<Long> roundIds = rounds.findAllByOrderByYearDescIdDesc()
			.stream()
			.filter(r -> r.getYear() == year)
			.map(RecruitmentRound::getId)
			.collect(Collectors.toSet());
		return roundIds.isEmpty() ? 0 : applications.count(spec.and((root, q, cb) -> root.get("roundId").in(roundIds)));
	}

}
