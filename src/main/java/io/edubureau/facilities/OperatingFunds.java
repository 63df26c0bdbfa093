package io.edubureau.facilities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.org.EnrolmentTotal;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Stage;
import io.edubureau.org.UnitEnrolment;
import io.edubureau.org.UnitPupils;
import io.edubureau.org.UnitType;
import io.edubureau.org.UnitView;
import io.edubureau.platform.Actor;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.rules.LocalParameter;
import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;
import io.edubureau.rules.RulesManagement;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public operating funds per pupil (生均公用经费): a school's allocation of a year is, per
 * stage with a standard, its pupils in the school year running on 1 January of the year
 * times the per-pupil standard in force that day (local parameters in fen); what is paid
 * out is recorded against it and never beyond it.
 */
@Service
class OperatingFunds {

	static final String ENTITY = "facilities.fund";

	/** The stages with a per-pupil standard, and the parameter that holds it. */
	static final Map<Stage, LocalParameter> STANDARDS = new EnumMap<>(Map.of(Stage.PRIMARY,
			LocalParameter.FUNDS_PER_PUPIL_PRIMARY, Stage.JUNIOR, LocalParameter.FUNDS_PER_PUPIL_JUNIOR));

	private final FundDisbursementRepository disbursements;

	private final OrgManagement org;

	private final RulesManagement rules;

	private final AuditManagement audit;

	private final EntityManager em;

	OperatingFunds(FundDisbursementRepository disbursements, OrgManagement org, RulesManagement rules,
			AuditManagement audit, EntityManager em) {
		this.disbursements = disbursements;
		this.org = org;
		this.rules = rules;
		this.audit = audit;
		this.em = em;
	}

	/**
	 * The school year whose enrolment funds a calendar year: the one running on 1
	 * January.
	 */
	static int schoolYearOf(int year) {
		return year - 1;
	}

	/** The per-pupil standards in force on 1 January of the year, in fen. */
	Map<Stage, Long> standards(int year) {
		Map<Stage, Long> out = new EnumMap<>(Stage.class);
		STANDARDS.forEach((stage, p) -> out.put(stage, rules.parameter(p, LocalDate.of(year, 1, 1)).longValue()));
		return out;
	}

	/**
	 * The allocation of every unit of the scope with pupils of a funded stage or a
	 * payment in the year, by unit name.
	 */
	@Transactional(readOnly = true)
	public List<FundAllocation> allocations(DataScope scope, int year) {
		FacilitiesManagement.checkYear(year);
		Map<Stage, Long> standards = standards(year);
		Map<Long, Map<Stage, Integer>> pupils = new LinkedHashMap<>();
		for (UnitEnrolment e : org.enrolmentOf(scope, schoolYearOf(year))) {
			if (standards.containsKey(e.enrolment().stage()) && e.enrolment().students() > 0) {
				pupils.computeIfAbsent(e.unitId(), k -> new EnumMap<>(Stage.class))
					.merge(e.enrolment().stage(), e.enrolment().students(), Integer::sum);
			}
		}
		Map<Long, Long> paid = paidByUnit(scope, year);
		Set<Long> ids = new LinkedHashSet<>(pupils.keySet());
		ids.addAll(paid.keySet());
		Map<Long, String> names = new HashMap<>();
		org.byIds(List.copyOf(ids)).forEach((id, u) -> names.put(id, u.name()));
		Locale locale = LocaleContextHolder.getLocale();
		List<FundAllocation> out = new ArrayList<>();
		for (Long id : ids) {
			out.add(allocation(id, names.get(id), year, pupils.getOrDefault(id, Map.of()), standards,
					paid.getOrDefault(id, 0L), locale));
		}
		out.sort(Comparator.comparing(a -> a.unitName() == null ? "" : a.unitName()));
		return out;
	}

	/**
	 * One page of the allocations of the scope, by unit name: the units with pupils of a
	 * funded stage or a payment in the year, chosen and paged in org's query (the pupils
	 * read for the page's units only); with {@code withPayments} false, only the units
	 * with pupils of a stage whose standard is above zero (the records behind
	 * {@code funds.allocated}).
	 */
	@Transactional(readOnly = true)
	public Page<FundAllocation> allocationPage(DataScope scope, int year, Pageable pageable, boolean withPayments) {
		FacilitiesManagement.checkYear(year);
		Map<Stage, Long> standards = standards(year);
		Set<Stage> funded = EnumSet.noneOf(Stage.class);
		standards.forEach((stage, fen) -> {
			if (withPayments || fen > 0) {
				funded.add(stage);
			}
		});
		Map<Long, Long> paid = paidByUnit(scope, year);
		Page<UnitPupils> units = org.pupilsPage(scope, schoolYearOf(year), funded,
				withPayments ? paid.keySet() : Set.of(), pageable);
		Locale locale = LocaleContextHolder.getLocale();
		return units.map(u -> allocation(u.unitId(), u.unitName(), year, u.pupils(), standards,
				paid.getOrDefault(u.unitId(), 0L), locale));
	}

	private FundAllocation allocation(long unitId, String name, int year, Map<Stage, Integer> pupils,
			Map<Stage, Long> standards, long paidFen, Locale locale) {
		List<FundAllocation.Line> lines = new ArrayList<>();
		List<Reason> reasons = new ArrayList<>();
		long allocated = 0;
		for (Map.Entry<Stage, Long> s : standards.entrySet()) {
			int n = pupils.getOrDefault(s.getKey(), 0);
			if (n == 0) {
				continue;
			}
			long amount = n * s.getValue();
			allocated += amount;
			lines.add(new FundAllocation.Line(s.getKey(), n, s.getValue(), amount));
			reasons.add(new Reason(PolicyRule.OPERATING_FUNDS, "facilities.reason.fund.line",
					new org.springframework.context.support.DefaultMessageSourceResolvable(
							new String[] { "enum.Stage." + s.getKey().name() }, s.getKey().name()),
					n, FacilitiesManagement.yuan(s.getValue()), FacilitiesManagement.yuan(amount),
					schoolYearOf(year) + "–" + year));
		}
		if (lines.isEmpty()) {
			reasons.add(new Reason(PolicyRule.OPERATING_FUNDS, "facilities.reason.fund.noPupils",
					schoolYearOf(year) + "–" + year));
		}
		return new FundAllocation(unitId, name, year, schoolYearOf(year), lines, allocated, paidFen,
				allocated - paidFen, rules.explain(reasons, locale));
	}

	/**
	 * Records funds paid out to a school or teaching point of the scope for a year: a day
	 * from 1 January of the year to today, an amount above zero and not beyond what is
	 * left of the year's allocation.
	 */
	@Transactional
	public FundAllocation disburse(DataScope scope, DisbursementForm form) {
		if (form == null) {
			throw new Rejection(null, "facilities.required");
		}
		if (form.unitId() == null) {
			throw new Rejection("unitId", "facilities.required");
		}
		UnitView unit = org.get(scope, form.unitId());
		if (unit.type() != UnitType.SCHOOL && unit.type() != UnitType.TEACHING_POINT) {
			throw new Rejection("unitId", "facilities.unit.notSchool", unit.name());
		}
		LocalDate today = LocalDate.now();
		List<Problem> problems = new ArrayList<>();
		if (form.year() == null) {
			problems.add(new Problem("year", "facilities.required"));
		}
		else if (form.year() < FacilitiesManagement.EARLIEST.getYear() || form.year() > today.getYear()) {
			problems.add(new Problem("year", "facilities.year.range", form.year(),
					FacilitiesManagement.EARLIEST.getYear(), today.getYear()));
		}
		if (form.paidOn() == null) {
			problems.add(new Problem("paidOn", "facilities.required"));
		}
		else if (form.year() != null
				&& (form.paidOn().isBefore(LocalDate.of(form.year(), 1, 1)) || form.paidOn().isAfter(today))) {
			problems.add(new Problem("paidOn", "facilities.date.range", form.paidOn(), LocalDate.of(form.year(), 1, 1),
					today));
		}
		if (form.amountFen() == null || form.amountFen() <= 0 || form.amountFen() > FacilitiesManagement.MAX_FEN) {
			problems.add(new Problem("amountFen", "facilities.money.invalid"));
		}
		String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
		if (note != null && note.length() > 300) {
			problems.add(new Problem("note", "facilities.tooLong", 300));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		DataScope one = DataScope.unit(unit.id());
		FundAllocation before = allocations(one, form.year()).stream()
			.filter(a -> a.unitId() == unit.id())
			.findFirst()
			.orElse(null);
		long left = before == null ? 0 : before.balanceFen();
		// 不得超过: the amount left may be paid, not a fen more.
		if (form.amountFen() > left) {
			throw new Rejection("amountFen", "facilities.fund.overAllocation",
					FacilitiesManagement.yuan(form.amountFen()), FacilitiesManagement.yuan(Math.max(0, left)),
					String.valueOf(form.year()));
		}
		FundDisbursement d = disbursements.save(new FundDisbursement(unit.id(), org.pathOf(unit.id()).orElseThrow(),
				form.year(), form.paidOn(), form.amountFen(), note, Actor.current()));
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("unit", unit.id());
		created.put("year", form.year());
		created.put("paidOn", form.paidOn());
		created.put("amountFen", form.amountFen());
		audit.record(AuditAction.CREATE, ENTITY, d.getId(), unit.name() + " " + form.year(), Change.created(created));
		return allocations(one, form.year()).stream().filter(a -> a.unitId() == unit.id()).findFirst().orElseThrow();
	}

	/** What was paid out per unit of the scope for a year, summed in the database. */
	Map<Long, Long> paidByUnit(DataScope scope, int year) {
		CriteriaBuilder cb = em.getCriteriaBuilder();
		CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
		Root<FundDisbursement> root = q.from(FundDisbursement.class);
		q.multiselect(root.get("unitId"), cb.sum(root.<Long>get("amountFen")));
		q.where(disbursementsOf(scope, year).toPredicate(root, q, cb));
		q.groupBy(root.get("unitId"));
		Map<Long, Long> out = new HashMap<>();
		for (Object[] row : em.createQuery(q).getResultList()) {
			out.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
		}
		return out;
	}

	/**
	 * The year's totals of the scope, summed in the database without a row per school:
	 * the pupils per funded stage (the enrolment totals) times the standard, and what was
	 * paid out.
	 */
	@Transactional(readOnly = true)
	public Totals totals(DataScope scope, int year) {
		FacilitiesManagement.checkYear(year);
		Map<Stage, Long> standards = standards(year);
		long allocated = 0;
		for (EnrolmentTotal t : org.enrolmentTotals(scope, schoolYearOf(year))) {
			allocated += t.students() * standards.getOrDefault(t.stage(), 0L);
		}
		CriteriaBuilder cb = em.getCriteriaBuilder();
		CriteriaQuery<Long> q = cb.createQuery(Long.class);
		Root<FundDisbursement> root = q.from(FundDisbursement.class);
		q.select(cb.coalesce(cb.sum(root.<Long>get("amountFen")), 0L));
		q.where(disbursementsOf(scope, year).toPredicate(root, q, cb));
		return new Totals(allocated, em.createQuery(q).getSingleResult());
	}

	/** A scope's operating funds of a year: allocated and paid out, in fen. */
	record Totals(long allocatedFen, long disbursedFen) {
	}

	/** Funds paid out to a unit for a year. */
	record DisbursementForm(Long unitId, Integer year, LocalDate paidOn, Long amountFen, String note) {
	}

	Specification<FundDisbursement> disbursementsOf(DataScope scope, int year) {
		return org.<FundDisbursement>unitScope(scope).and((root, q, cb) -> cb.equal(root.get("year"), year));
	}

	List<FundDisbursement> disbursementRows(DataScope scope, int year) {
		return disbursements.findAll(disbursementsOf(scope, year), Sort.by("paidOn", "id"));
	}

	@org.springframework.context.event.EventListener
	void on(io.edubureau.org.UnitMoved moved) {
		disbursements.moveUnitPaths(moved.oldPath(), moved.newPath());
	}

}
