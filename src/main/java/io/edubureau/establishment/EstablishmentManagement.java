package io.edubureau.establishment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.establishment.UnitEstablishment.State;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Stage;
import io.edubureau.org.UnitEnrolment;
import io.edubureau.org.UnitFilter;
import io.edubureau.org.UnitStatus;
import io.edubureau.org.UnitView;
import io.edubureau.platform.Rejection;
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

	private final ApprovedEstablishmentRepository approved;

	private final OrgManagement org;

	private final StaffManagement staff;

	private final AuditManagement audit;

	private final EstablishmentProperties ratios;

	EstablishmentManagement(ApprovedEstablishmentRepository approved, OrgManagement org, StaffManagement staff,
			AuditManagement audit, EstablishmentProperties ratios) {
		this.approved = approved;
		this.org = org;
		this.staff = staff;
		this.audit = audit;
		this.ratios = ratios;
	}

	/**
	 * Every active unit in scope with approved, required and actual establishment,
	 * set-based.
	 */
	@Transactional(readOnly = true)
	public EstablishmentOverview overview(DataScope scope, Integer schoolYear) {
		return overview(scope, schoolYear, true);
	}

	/**
	 * The overview; without the surplus by subject (an empty map) when the caller needs
	 * only the totals, which spares a grouped read of every teacher.
	 */
	@Transactional(readOnly = true)
	EstablishmentOverview overview(DataScope scope, Integer schoolYear, boolean withSurplus) {
		Integer year = schoolYear != null ? schoolYear : org.latestSchoolYear().orElse(null);
		List<UnitView> units = org.listAll(scope,
				new UnitFilter(null, null, null, null, null, UnitStatus.ACTIVE, null));
		Map<Long, Map<String, Integer>> approvedByUnit = new HashMap<>();
		for (ApprovedEstablishment a : approved.findByUnitIdIn(units.stream().map(UnitView::id).toList())) {
			approvedByUnit.computeIfAbsent(a.getUnitId(), k -> new TreeMap<>())
				.put(a.getPostCategory().name(), a.getApproved());
		}
		Map<Long, Integer> requiredByUnit = new HashMap<>();
		if (year != null) {
			for (UnitEnrolment e : org.enrolmentOf(scope, year)) {
				requiredByUnit.merge(e.unitId(), required(e.enrolment().stage(), e.enrolment().students()),
						Integer::sum);
			}
		}
		Map<Long, Map<String, Integer>> actualByUnit = new HashMap<>();
		for (Headcount h : staff.inEstablishmentHeadcount(scope)) {
			actualByUnit.computeIfAbsent(h.unitId(), k -> new TreeMap<>()).merge(h.key(), h.count(), Integer::sum);
		}
		List<UnitEstablishment> rows = new ArrayList<>();
		int totalApproved = 0;
		int totalRequired = 0;
		int totalActual = 0;
		int over = 0;
		int under = 0;
		List<Long> overIds = new ArrayList<>();
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
				overIds.add(u.id());
			}
			else if (state == State.UNDER) {
				under++;
			}
			totalApproved += approvedSum;
			totalRequired += requiredSum;
			totalActual += actualSum;
			rows.add(new UnitEstablishment(u, a, approvedSum, requiredSum, act, actualSum, balance, state));
		}
		Map<String, Integer> surplus = new TreeMap<>();
		if (withSurplus && !overIds.isEmpty()) {
			java.util.Set<Long> overSet = new java.util.HashSet<>(overIds);
			for (Headcount h : staff.teachersBySubject(scope)) {
				if (overSet.contains(h.unitId())) {
					surplus.merge(h.key(), h.count(), Integer::sum);
				}
			}
		}
		return new EstablishmentOverview(year, rows, totalApproved, totalRequired, totalActual, over, under, surplus);
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

	/** Sets the approved posts of a unit by post category; every change is audited. */
	@Transactional
	public Map<String, Integer> approve(DataScope scope, long unitId, Map<PostCategory, Integer> posts) {
		UnitView unit = org.get(scope, unitId);
		Map<String, Object> before = new LinkedHashMap<>();
		Map<String, Object> after = new LinkedHashMap<>();
		for (Map.Entry<PostCategory, Integer> e : posts.entrySet()) {
			if (e.getKey() == null || e.getValue() == null || e.getValue() < 0 || e.getValue() > 100_000) {
				throw new Rejection(e.getKey() == null ? "postCategory" : e.getKey().name(),
						"establishment.approved.range");
			}
		}
		for (Map.Entry<PostCategory, Integer> e : posts.entrySet()) {
			ApprovedEstablishment a = approved.findByUnitIdAndPostCategory(unit.id(), e.getKey())
				.orElseGet(() -> new ApprovedEstablishment(unit.id(), e.getKey()));
			before.put(e.getKey().name(), a.getId() == null ? null : a.getApproved());
			a.approve(e.getValue());
			approved.save(a);
			after.put(e.getKey().name(), e.getValue());
		}
		List<Change> changes = Change.between(before, after);
		if (!changes.isEmpty()) {
			audit.record(AuditAction.UPDATE, "establishment.approved", unit.id(), unit.code() + " " + unit.name(),
					changes);
		}
		Map<String, Integer> result = new TreeMap<>();
		approved.findByUnitId(unit.id()).forEach(a -> result.put(a.getPostCategory().name(), a.getApproved()));
		return result;
	}

}
