package io.edubureau.establishment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.establishment.UnitEstablishment.State;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.ScopeKind;
import io.edubureau.org.Stage;
import io.edubureau.org.UnitEnrolment;
import io.edubureau.org.UnitFilter;
import io.edubureau.org.UnitStatus;
import io.edubureau.org.UnitView;
import io.edubureau.platform.Actor;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.rules.LocalParameter;
import io.edubureau.rules.RulesManagement;
import io.edubureau.staff.Headcount;
import io.edubureau.staff.PostCategory;
import io.edubureau.staff.StaffManagement;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Establishment control. Required posts are computed in exact decimals, never floating
 * point: {@code ceil(students / studentsPerPost)} per stage; a unit is flagged over or
 * under only beyond the bureau's tolerance band ({@link EstablishmentBand}).
 */
@Service
public class EstablishmentManagement {

	// The founding of the People's Republic: no establishment approval is older.
	static final LocalDate EARLIEST_EFFECTIVE = LocalDate.of(1949, 10, 1);

	private final EstablishmentApprovalRepository approvals;

	private final OrgManagement org;

	private final StaffManagement staff;

	private final AuditManagement audit;

	private final EstablishmentProperties ratios;

	private final RulesManagement rules;

	EstablishmentManagement(EstablishmentApprovalRepository approvals, OrgManagement org, StaffManagement staff,
			AuditManagement audit, EstablishmentProperties ratios, RulesManagement rules) {
		this.rules = rules;
		this.approvals = approvals;
		this.org = org;
		this.staff = staff;
		this.audit = audit;
		this.ratios = ratios;
	}

	/**
	 * Every active unit in scope with approved (in force today), required and actual
	 * establishment, set-based.
	 */
	@Transactional(readOnly = true)
	public EstablishmentOverview overview(DataScope scope, Integer schoolYear) {
		Integer year = schoolYear != null ? schoolYear : org.latestSchoolYear().orElse(null);
		List<UnitView> units = org.listAll(scope,
				new UnitFilter(null, null, null, null, null, UnitStatus.ACTIVE, null));
		LocalDate today = LocalDate.now();
		Map<Long, Map<String, Integer>> approvedByUnit = byUnit(inForce(scope, units, today));
		Map<Long, Map<String, Integer>> actualByUnit = headcountByUnit(staff.inEstablishmentHeadcount(scope));
		EstablishmentOverview o = build(year, units, approvedByUnit, requirement(scope, year, today), actualByUnit,
				tolerance(today), Map.of());
		Map<String, Integer> surplus = new TreeMap<>();
		Set<Long> overSet = o.units()
			.stream()
			.filter(u -> u.state() == State.OVER)
			.map(u -> u.unit().id())
			.collect(java.util.stream.Collectors.toSet());
		if (!overSet.isEmpty()) {
			for (Headcount h : staff.teachersBySubject(scope)) {
				if (overSet.contains(h.unitId())) {
					surplus.merge(h.key(), h.count(), Integer::sum);
				}
			}
		}
		return new EstablishmentOverview(o.schoolYear(), o.units(), o.approved(), o.required(), o.actual(),
				o.overUnits(), o.underUnits(), surplus);
	}

	/**
	 * The establishment of every unit in scope as it stood on a day, set-based: the
	 * approvals in force that day, the in-establishment headcount of that day (by the
	 * unit each person was at), and the posts the enrolment of the given school year
	 * requires. An archived unit counts only when it had in-establishment staff that day
	 * or enrolment that school year (else it was closed by then and its last approval no
	 * longer counts). Subjects of surplus teachers are not dated, so they are left out.
	 */
	@Transactional(readOnly = true)
	public EstablishmentOverview overviewAsOf(DataScope scope, LocalDate asOf, int schoolYear) {
		List<UnitView> all = org.listAll(scope, UnitFilter.none());
		Map<Long, Map<String, Integer>> actualByUnit = headcountByUnit(staff.inEstablishmentHeadcount(scope, asOf));
		Requirement requirement = requirement(scope, schoolYear, asOf);
		List<UnitView> units = all.stream()
			.filter(u -> u.status() == UnitStatus.ACTIVE || actualByUnit.containsKey(u.id())
					|| requirement.posts().getOrDefault(u.id(), 0) > 0)
			.toList();
		Map<Long, Map<String, Integer>> approvedByUnit = byUnit(inForce(scope, units, asOf));
		return build(schoolYear, units, approvedByUnit, requirement, actualByUnit, tolerance(asOf), Map.of());
	}

	/**
	 * The approval in force on a day for each unit in scope and post category: the latest
	 * approval effective on or before it (approvals on record before they were dated
	 * count as effective from the beginning), in one query.
	 */
	@Transactional(readOnly = true)
	public List<ApprovedPosts> approvedAsOf(DataScope scope, LocalDate asOf) {
		return inForce(scope, org.listAll(scope, UnitFilter.none()), asOf).stream()
			.map(a -> new ApprovedPosts(a.getUnitId(), a.getPostCategory(), a.getApproved(), a.getEffectiveFrom()))
			.toList();
	}

	/**
	 * A unit's approvals as recorded, the latest effective first (undated ones last), the
	 * categories approved together in one record.
	 */
	@Transactional(readOnly = true)
	public List<ApprovalRecord> history(DataScope scope, long unitId) {
		UnitView unit = org.get(scope, unitId);
		record Key(LocalDate effectiveFrom, String documentRef, String recordedBy, Instant recordedAt) {
		}
		Map<Key, Map<String, Integer>> grouped = new LinkedHashMap<>();
		for (EstablishmentApproval a : approvals.findByUnitIdOrderByRecordedAtDescIdDesc(unit.id())) {
			grouped
				.computeIfAbsent(
						new Key(a.getEffectiveFrom(), a.getDocumentRef(), a.getRecordedBy(), a.getRecordedAt()),
						k -> new TreeMap<>())
				.putIfAbsent(a.getPostCategory().name(), a.getApproved());
		}
		return grouped.entrySet()
			.stream()
			.map(e -> new ApprovalRecord(e.getKey().effectiveFrom(), e.getValue(), e.getKey().documentRef(),
					e.getKey().recordedBy(), e.getKey().recordedAt()))
			.sorted(Comparator
				.comparing(ApprovalRecord::effectiveFrom, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
				.thenComparing(ApprovalRecord::recordedAt)
				.reversed())
			.toList();
	}

	// One query: every approval in force for the whole tree, or for the given units.
	private List<EstablishmentApproval> inForce(DataScope scope, List<UnitView> units, LocalDate asOf) {
		if (scope.kind() == ScopeKind.ALL) {
			Set<Long> ids = units.stream().map(UnitView::id).collect(java.util.stream.Collectors.toSet());
			return approvals.allInForce(asOf).stream().filter(a -> ids.contains(a.getUnitId())).toList();
		}
		if (units.isEmpty()) {
			return List.of();
		}
		return approvals.inForce(units.stream().map(UnitView::id).toList(), asOf);
	}

	private static Map<Long, Map<String, Integer>> byUnit(List<EstablishmentApproval> inForce) {
		Map<Long, Map<String, Integer>> byUnit = new HashMap<>();
		for (EstablishmentApproval a : inForce) {
			byUnit.computeIfAbsent(a.getUnitId(), k -> new TreeMap<>())
				.put(a.getPostCategory().name(), a.getApproved());
		}
		return byUnit;
	}

	private static Map<Long, Map<String, Integer>> headcountByUnit(List<Headcount> headcount) {
		Map<Long, Map<String, Integer>> byUnit = new HashMap<>();
		for (Headcount h : headcount) {
			byUnit.computeIfAbsent(h.unitId(), k -> new TreeMap<>()).merge(h.key(), h.count(), Integer::sum);
		}
		return byUnit;
	}

	/**
	 * Posts required by unit, and the units with enrolment in a stage a ratio applies to.
	 */
	private record Requirement(Map<Long, Integer> posts, Set<Long> rated) {
	}

	private Requirement requirement(DataScope scope, Integer schoolYear, LocalDate on) {
		Map<Long, Integer> requiredByUnit = new HashMap<>();
		Set<Long> rated = new java.util.HashSet<>();
		if (schoolYear != null) {
			for (UnitEnrolment e : org.enrolmentOf(scope, schoolYear)) {
				if (ratio(e.enrolment().stage(), on) != null) {
					rated.add(e.unitId());
				}
				requiredByUnit.merge(e.unitId(), required(e.enrolment().stage(), e.enrolment().students(), on),
						Integer::sum);
			}
		}
		return new Requirement(requiredByUnit, rated);
	}

	/** The bureau's tolerance band (posts either way) in force on a day. */
	int tolerance(LocalDate on) {
		return rules.parameter(LocalParameter.ESTABLISHMENT_TOLERANCE_POSTS, on).intValue();
	}

	private static EstablishmentOverview build(Integer schoolYear, List<UnitView> units,
			Map<Long, Map<String, Integer>> approvedByUnit, Requirement requirement,
			Map<Long, Map<String, Integer>> actualByUnit, int tolerance, Map<String, Integer> surplus) {
		List<UnitEstablishment> rows = new ArrayList<>();
		int totalApproved = 0;
		int totalRequired = 0;
		int totalActual = 0;
		int over = 0;
		int under = 0;
		for (UnitView u : units) {
			Map<String, Integer> a = approvedByUnit.getOrDefault(u.id(), Map.of());
			Map<String, Integer> act = actualByUnit.getOrDefault(u.id(), Map.of());
			int approvedSum = a.values().stream().mapToInt(Integer::intValue).sum();
			int actualSum = act.values().stream().mapToInt(Integer::intValue).sum();
			int requiredSum = requirement.posts().getOrDefault(u.id(), 0);
			if (approvedSum == 0 && actualSum == 0 && requiredSum == 0) {
				continue;
			}
			boolean rated = requirement.rated().contains(u.id());
			EstablishmentBand.Standing standing = EstablishmentBand.decide(approvedSum, requiredSum, rated, actualSum,
					tolerance);
			State state = standing.state();
			if (state == State.OVER) {
				over++;
			}
			else if (state == State.UNDER) {
				under++;
			}
			totalApproved += approvedSum;
			totalRequired += requiredSum;
			totalActual += actualSum;
			rows.add(new UnitEstablishment(u, a, approvedSum, requiredSum, rated, act, actualSum, standing.balance(),
					tolerance, state, standing.reasons()));
		}
		return new EstablishmentOverview(schoolYear, rows, totalApproved, totalRequired, totalActual, over, under,
				surplus);
	}

	/** Posts the enrolment of one stage requires today. */
	int required(Stage stage, int students) {
		return required(stage, students, LocalDate.now());
	}

	/**
	 * Posts the enrolment of one stage requires on a day; a stage without a ratio
	 * (preschool, vocational and special schools until the bureau sets theirs) requires
	 * none.
	 */
	int required(Stage stage, int students, LocalDate on) {
		java.math.BigDecimal ratio = ratio(stage, on);
		if (ratio == null || students <= 0) {
			return 0;
		}
		// exact decimal division rounded up; a local ratio may have more than one decimal
		return java.math.BigDecimal.valueOf(students).divide(ratio, 0, java.math.RoundingMode.CEILING).intValueExact();
	}

	/**
	 * Students per post of a stage: the national standard for primary and secondary
	 * schools, the bureau's dated local parameter for the others ({@code null} when 0,
	 * i.e. not set).
	 */
	private java.math.BigDecimal ratio(Stage stage, LocalDate on) {
		LocalParameter local = switch (stage) {
			case PRIMARY -> null;
			case JUNIOR -> null;
			case SENIOR -> null;
			case PRESCHOOL -> LocalParameter.ESTABLISHMENT_PRESCHOOL_RATIO;
			case VOCATIONAL -> LocalParameter.ESTABLISHMENT_VOCATIONAL_RATIO;
			case SPECIAL -> LocalParameter.ESTABLISHMENT_SPECIAL_RATIO;
		};
		if (local == null) {
			return switch (stage) {
				case PRIMARY -> ratios.primary();
				case JUNIOR -> ratios.junior();
				default -> ratios.senior();
			};
		}
		java.math.BigDecimal value = rules.parameter(local, on);
		return value == null || value.signum() <= 0 ? null : value;
	}

	/** As {@link #approve(DataScope, long, Map, LocalDate, String)}, effective today. */
	@Transactional
	public Map<String, Integer> approve(DataScope scope, long unitId, Map<PostCategory, Integer> posts) {
		return approve(scope, unitId, posts, null, null);
	}

	/**
	 * Records an approval of a unit's posts by post category, effective from a day (today
	 * when {@code null}): a new dated record per category, earlier approvals kept. The
	 * day lies between 1 October 1949 (and the unit's founding) and one year from today.
	 * Audited with the effective day.
	 * @return the unit's approved posts in force on the effective day
	 */
	@Transactional
	public Map<String, Integer> approve(DataScope scope, long unitId, Map<PostCategory, Integer> posts,
			LocalDate effectiveFrom, String documentRef) {
		UnitView unit = org.get(scope, unitId);
		List<Problem> problems = new ArrayList<>();
		if (posts.isEmpty()) {
			problems.add(new Problem("postCategory", "establishment.approved.none"));
		}
		for (Map.Entry<PostCategory, Integer> e : posts.entrySet()) {
			if (e.getKey() == null || e.getValue() == null || e.getValue() < 0 || e.getValue() > 100_000) {
				problems.add(new Problem(e.getKey() == null ? "postCategory" : e.getKey().name(),
						"establishment.approved.range"));
			}
		}
		LocalDate today = LocalDate.now();
		LocalDate from = effectiveFrom != null ? effectiveFrom : today;
		if (from.isBefore(EARLIEST_EFFECTIVE)) {
			problems.add(new Problem("effectiveFrom", "establishment.effectiveFrom.tooEarly",
					EARLIEST_EFFECTIVE.toString()));
		}
		else if (from.isAfter(today.plusYears(1))) {
			problems.add(
					new Problem("effectiveFrom", "establishment.effectiveFrom.tooLate", today.plusYears(1).toString()));
		}
		else if (unit.foundedDate() != null && from.isBefore(unit.foundedDate())) {
			problems.add(new Problem("effectiveFrom", "establishment.effectiveFrom.beforeFounded",
					unit.foundedDate().toString()));
		}
		String ref = documentRef == null || documentRef.isBlank() ? null : documentRef.strip();
		if (ref != null && ref.length() > 200) {
			problems.add(new Problem("documentRef", "establishment.documentRef.tooLong", 200));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		Map<String, Object> before = new LinkedHashMap<>();
		Map<String, Object> after = new LinkedHashMap<>();
		Map<PostCategory, Integer> inForceBefore = new EnumMap<>(PostCategory.class);
		approvals.inForce(List.of(unit.id()), from)
			.forEach(a -> inForceBefore.put(a.getPostCategory(), a.getApproved()));
		String by = Actor.current();
		Instant now = Instant.now();
		for (Map.Entry<PostCategory, Integer> e : new EnumMap<>(posts).entrySet()) {
			approvals.save(new EstablishmentApproval(unit.id(), e.getKey(), e.getValue(), from, ref, by, now));
			before.put(e.getKey().name(), inForceBefore.get(e.getKey()));
			after.put(e.getKey().name(), e.getValue());
		}
		// Every approval is a new dated record, so it is audited even when the numbers
		// repeat.
		List<Change> changes = new ArrayList<>(Change.between(before, after));
		changes.add(new Change("effectiveFrom", null, from.toString()));
		if (ref != null) {
			changes.add(new Change("documentRef", null, ref));
		}
		audit.record(AuditAction.UPDATE, "establishment.approved", unit.id(), unit.code() + " " + unit.name(), changes);
		Map<String, Integer> result = new TreeMap<>();
		approvals.inForce(List.of(unit.id()), from)
			.forEach(a -> result.put(a.getPostCategory().name(), a.getApproved()));
		return result;
	}

}
