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
import io.edubureau.staff.Headcount;
import io.edubureau.staff.PostCategory;
import io.edubureau.staff.StaffManagement;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Establishment control. Required posts are computed with integers in tenths of a
 * student, never floating point: {@code ceil(students * 10 / (studentsPerTeacher * 10))}
 * per stage.
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

	EstablishmentManagement(EstablishmentApprovalRepository approvals, OrgManagement org, StaffManagement staff,
			AuditManagement audit, EstablishmentProperties ratios) {
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
		Map<Long, Map<String, Integer>> approvedByUnit = byUnit(inForce(scope, units, LocalDate.now()));
		Map<Long, Map<String, Integer>> actualByUnit = headcountByUnit(staff.inEstablishmentHeadcount(scope));
		EstablishmentOverview o = build(year, units, approvedByUnit, requiredByUnit(scope, year), actualByUnit,
				Map.of());
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
		Map<Long, Integer> requiredByUnit = requiredByUnit(scope, schoolYear);
		List<UnitView> units = all.stream()
			.filter(u -> u.status() == UnitStatus.ACTIVE || actualByUnit.containsKey(u.id())
					|| requiredByUnit.getOrDefault(u.id(), 0) > 0)
			.toList();
		Map<Long, Map<String, Integer>> approvedByUnit = byUnit(inForce(scope, units, asOf));
		return build(schoolYear, units, approvedByUnit, requiredByUnit, actualByUnit, Map.of());
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

	private Map<Long, Integer> requiredByUnit(DataScope scope, Integer schoolYear) {
		Map<Long, Integer> requiredByUnit = new HashMap<>();
		if (schoolYear != null) {
			for (UnitEnrolment e : org.enrolmentOf(scope, schoolYear)) {
				requiredByUnit.merge(e.unitId(), required(e.enrolment().stage(), e.enrolment().students()),
						Integer::sum);
			}
		}
		return requiredByUnit;
	}

	private static EstablishmentOverview build(Integer schoolYear, List<UnitView> units,
			Map<Long, Map<String, Integer>> approvedByUnit, Map<Long, Integer> requiredByUnit,
			Map<Long, Map<String, Integer>> actualByUnit, Map<String, Integer> surplus) {
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
			int requiredSum = requiredByUnit.getOrDefault(u.id(), 0);
			if (approvedSum == 0 && actualSum == 0 && requiredSum == 0) {
				continue;
			}
			int balance = actualSum - (approvedSum > 0 ? approvedSum : requiredSum);
			State state = balance > 0 ? State.OVER : balance < 0 ? State.UNDER : State.BALANCED;
			if (state == State.OVER) {
				over++;
			}
			else if (state == State.UNDER) {
				under++;
			}
			totalApproved += approvedSum;
			totalRequired += requiredSum;
			totalActual += actualSum;
			rows.add(new UnitEstablishment(u, a, approvedSum, requiredSum, act, actualSum, balance, state));
		}
		return new EstablishmentOverview(schoolYear, rows, totalApproved, totalRequired, totalActual, over, under,
				surplus);
	}

	/**
	 * Posts the enrolment of one stage requires; stages without a national ratio require
	 * none here.
	 */
	int required(Stage stage, int students) {
		java.math.BigDecimal ratio = switch (stage) {
			case PRIMARY -> ratios.primary();
			case JUNIOR -> ratios.junior();
			case SENIOR -> ratios.senior();
			default -> null;
		};
		if (ratio == null || students <= 0) {
			return 0;
		}
		long tenths = ratio.movePointRight(1).longValueExact();
		return (int) ((students * 10L + tenths - 1) / tenths);
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
