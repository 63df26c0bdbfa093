package io.edubureau.pay;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.pay.Views.AnnualMissing;
import io.edubureau.pay.Views.AnnualReport;
import io.edubureau.pay.Views.AnnualRow;
import io.edubureau.platform.NotFound;
import io.edubureau.staff.EmploymentType;
import io.edubureau.staff.PostCategory;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual salary report (工资年报) of a year and a unit subtree in scope, from the year's
 * LOCKED payroll months only: per unit and in total, the people paid (by employment type
 * and post category as now recorded), the year's gross by component in fen, and the
 * average per person (gross × 12 ÷ person-months, rounded half up to the fen); the months
 * of the year an owning unit has not locked are named. Three grouped reads, never one per
 * person.
 */
@Service
class PayAnnualReports {

	static final String ANNUAL = "pay.annual";

	/** The report's components: the line codes, with back pay apart from adjustments. */
	static final List<String> COMPONENTS = List.of("POST_WAGE", "STEP_WAGE", "PERFORMANCE_BASIC", "PERFORMANCE_REWARD",
			"RURAL_ALLOWANCE", "TOWNSHIP_ALLOWANCE", "HEAD_TEACHER_ALLOWANCE", "SPECIAL_EDUCATION_ALLOWANCE",
			"BACK_PAY", "ADJUSTMENT");

	static final String UNKNOWN = "UNKNOWN";

	// An ADJUSTMENT line paying an approved back-pay batch starts with this reason.
	private static final String BACK_PAID = PayReason.encode(List.of(new PayReason(PayRule.BACK_PAY, "backPaid")))
			+ "%";

	private final PayLineRepository lines;

	private final PayMonthRepository months;

	private final PayManagement pay;

	private final StaffManagement staff;

	private final OrgManagement org;

	private final AuditManagement audit;

	PayAnnualReports(PayLineRepository lines, PayMonthRepository months, PayManagement pay, StaffManagement staff,
			OrgManagement org, AuditManagement audit) {
		this.lines = lines;
		this.months = months;
		this.pay = pay;
		this.staff = staff;
		this.org = org;
		this.audit = audit;
	}

	/** The year of last month: the latest a month may have been locked in. */
	static int defaultYear() {
		return YearMonth.now().minusMonths(1).getYear();
	}

	/**
	 * The report of a year for a unit's subtree ({@code unitId} null: the whole scope); a
	 * unit outside the scope is refused (403). Audited as a read of pay.
	 */
	@Transactional(readOnly = true)
	public AnnualReport report(DataScope scope, int year, Long unitId) {
		AnnualReport r = compute(scope, year, unitId);
		pay.auditRead(scope, ANNUAL, year, year + (unitId == null ? "" : " unit " + unitId),
				List.of(new Change("people", null, Integer.toString(r.total().people()))));
		return r;
	}

	/** The report for its .xlsx; one EXPORT entry. */
	@Transactional
	public AnnualReport export(DataScope scope, int year, Long unitId) {
		AnnualReport r = compute(scope, year, unitId);
		audit.record(AuditAction.EXPORT, ANNUAL, year, year + (unitId == null ? "" : " unit " + unitId),
				List.of(new Change("people", null, Integer.toString(r.total().people())),
						new Change("grossFen", null, Long.toString(r.total().grossFen()))));
		return r;
	}

	AnnualReport compute(DataScope scope, int year, Long unitId) {
		PayManagement.checkYear(year);
		PayManagement.Filter f = pay.filter(scope);
		String subtree = null;
		if (unitId != null) {
			if (!org.isWithin(scope, unitId)) {
				throw new AccessDeniedException("unit outside the scope");
			}
			subtree = org.pathOf(unitId).orElseThrow(() -> new NotFound("unit " + unitId));
			f = new PayManagement.Filter(f.none(), subtree + "%", f.unitId());
		}
		else if (!f.none()) {
			subtree = f.pathLike().substring(0, f.pathLike().length() - 1);
		}
		List<PayMonth> ofYear = months.findByMonthCodeBetween(year + "-01", year + "-12");
		List<Long> lockedIds = new ArrayList<>();
		Set<String> lockedMonths = new java.util.TreeSet<>();
		Map<Long, Set<String>> lockedByOwner = new HashMap<>();
		Set<Long> owners = new HashSet<>();
		org.owningUnit(scope).ifPresent(owners::add);
		for (PayMonth m : ofYear) {
			if (subtree == null || !(m.getOwnerPath().startsWith(subtree) || subtree.startsWith(m.getOwnerPath()))) {
				continue;
			}
			owners.add(m.getOwnerUnitId());
			if (m.getState() == PayMonth.State.LOCKED) {
				lockedIds.add(m.getId());
				lockedMonths.add(m.getMonthCode());
				lockedByOwner.computeIfAbsent(m.getOwnerUnitId(), o -> new HashSet<>()).add(m.getMonthCode());
			}
		}
		Map<Long, String> ownerNames = pay.unitNames(owners);
		List<AnnualMissing> missing = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			String code = YearMonth.of(year, month).toString();
			for (Long o : new java.util.TreeSet<>(owners)) {
				if (!lockedByOwner.getOrDefault(o, Set.of()).contains(code)) {
					missing.add(new AnnualMissing(code, o, ownerNames.getOrDefault(o, "")));
				}
			}
		}
		Map<Long, Acc> byUnit = new TreeMap<>();
		Map<Long, String> employment = new HashMap<>();
		Map<Long, String> category = new HashMap<>();
		if (!f.none() && !lockedIds.isEmpty()) {
			for (Object[] row : lines.annualAmounts(lockedIds, f.pathLike(), f.unitId())) {
				Acc a = byUnit.computeIfAbsent((Long) row[0], u -> new Acc());
				a.people.add((Long) row[1]);
				String component = ((PayLineCode) row[2]).name();
				a.add(component, ((Number) row[3]).longValue());
			}
			for (Object[] row : lines.annualBackPaid(lockedIds, f.pathLike(), f.unitId(), PayLineCode.ADJUSTMENT,
					BACK_PAID)) {
				long fen = ((Number) row[2]).longValue();
				Acc a = byUnit.get((Long) row[0]);
				a.add("ADJUSTMENT", -fen);
				a.add("BACK_PAY", fen);
			}
			for (Object[] row : lines.annualPersonMonths(lockedIds, f.pathLike(), f.unitId())) {
				byUnit.get((Long) row[0]).personMonths += ((Number) row[2]).longValue();
			}
			Set<Long> everyone = new HashSet<>();
			byUnit.values().forEach(a -> everyone.addAll(a.people));
			// As the staff records now say; a person the scope no longer sees is UNKNOWN.
			Map<Long, StaffView> people = staff.visible(scope, everyone);
			people.forEach((id, v) -> {
				employment.put(id, v.employmentType() == null ? UNKNOWN : v.employmentType().name());
				category.put(id, v.postCategory() == null ? UNKNOWN : v.postCategory().name());
			});
		}
		Map<Long, String> names = pay.unitNames(byUnit.keySet());
		List<AnnualRow> rows = new ArrayList<>();
		Acc total = new Acc();
		byUnit.forEach((u, a) -> {
			rows.add(a.row(u, names.getOrDefault(u, ""), employment, category));
			total.people.addAll(a.people);
			total.personMonths += a.personMonths;
			a.fen.forEach(total::add);
		});
		rows.sort(java.util.Comparator.comparing(AnnualRow::unitName).thenComparing(r -> r.unitId()));
		return new AnnualReport(year, unitId, List.copyOf(lockedMonths), missing, rows,
				total.row(null, "", employment, category));
	}

	/** Sums of one unit (or the total) while the rows are read. */
	private static final class Acc {

		final Set<Long> people = new HashSet<>();

		final Map<String, Long> fen = new HashMap<>();

		long personMonths;

		void add(String component, long amount) {
			fen.merge(component, amount, Math::addExact);
		}

		AnnualRow row(Long unitId, String name, Map<Long, String> employment, Map<Long, String> category) {
			Map<String, Long> components = new LinkedHashMap<>();
			long gross = 0;
			for (String c : COMPONENTS) {
				long v = fen.getOrDefault(c, 0L);
				components.put(c, v);
				gross = Math.addExact(gross, v);
			}
			return new AnnualRow(unitId, name, people.size(), personMonths,
					count(people, employment, EmploymentType.values()), count(people, category, PostCategory.values()),
					components, gross, PayCalculator.annualAverage(gross, personMonths));
		}

		private static Map<String, Integer> count(Collection<Long> people, Map<Long, String> of, Enum<?>[] values) {
			Map<String, Integer> out = new LinkedHashMap<>();
			for (Enum<?> v : values) {
				out.put(v.name(), 0);
			}
			out.put(UNKNOWN, 0);
			for (Long id : people) {
				out.merge(of.getOrDefault(id, UNKNOWN), 1, Integer::sum);
			}
			return out;
		}

	}

}
