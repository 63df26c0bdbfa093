package io.edubureau.facilities;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Stage;
import io.edubureau.org.UnitFilter;
import io.edubureau.org.UnitMoved;
import io.edubureau.org.UnitStatus;
import io.edubureau.org.UnitType;
import io.edubureau.org.UnitView;
import io.edubureau.platform.Actor;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Paging;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.rules.LocalParameter;
import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;
import io.edubureau.rules.RulesManagement;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facilities' public face: construction projects and the schools' equipment and library
 * inventories. Every call takes the caller's {@link DataScope}; a record of a unit
 * outside it is not found (404), exactly like a missing one. Every change is audited in
 * its transaction.
 */
@Service
public class FacilitiesManagement {

	// No project or inventory of the bureau predates the system's oldest data.
	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	// A hundred billion yuan: more than any county's or province's single project.
	static final long MAX_FEN = 10_000_000_000_000L;

	static final String PROJECT = "facilities.project";

	private final ProjectRepository projects;

	private final ProjectStepRepository steps;

	private final PaymentRepository payments;

	private final InventoryRepository inventories;

	private final OrgManagement org;

	private final RulesManagement rules;

	private final AuditManagement audit;

	private final EntityManager em;

	FacilitiesManagement(ProjectRepository projects, ProjectStepRepository steps, PaymentRepository payments,
			InventoryRepository inventories, OrgManagement org, RulesManagement rules, AuditManagement audit,
			EntityManager em) {
		this.projects = projects;
		this.steps = steps;
		this.payments = payments;
		this.inventories = inventories;
		this.org = org;
		this.rules = rules;
		this.audit = audit;
		this.em = em;
	}

	// ---- scope

	/**
	 * The data scope as a predicate on the record's copied unit path (exactly for a
	 * one-unit scope, as a prefix below a unit); fail-closed.
	 */
	<T> Specification<T> within(DataScope scope) {
		return org.unitScope(scope);
	}

	private static <T> Specification<T> between(String attribute, LocalDate from, LocalDate to) {
		return (root, q, cb) -> cb.between(root.get(attribute), from, to);
	}

	private static <T> Specification<T> id(long id) {
		return (root, q, cb) -> cb.equal(root.get("id"), id);
	}

	/** Active schools and teaching points in the scope a record may be entered for. */
	@Transactional(readOnly = true)
	public List<UnitView> recordUnits(DataScope scope) {
		return org.listAll(scope, new UnitFilter(null, null, null, null, null, UnitStatus.ACTIVE, null))
			.stream()
			.filter(u -> u.type() == UnitType.SCHOOL || u.type() == UnitType.TEACHING_POINT)
			.toList();
	}

	private UnitView recordUnit(DataScope scope, Long unitId) {
		if (unitId == null) {
			throw new Rejection("unitId", "facilities.required");
		}
		UnitView unit = org.get(scope, unitId);
		if (unit.type() != UnitType.SCHOOL && unit.type() != UnitType.TEACHING_POINT) {
			throw new Rejection("unitId", "facilities.unit.notSchool", unit.name());
		}
		return unit;
	}

	private Map<Long, String> unitNames(List<Long> unitIds) {
		Map<Long, String> names = new HashMap<>();
		org.byIds(unitIds).forEach((id, u) -> names.put(id, u.name()));
		return names;
	}

	@EventListener
	void on(UnitMoved moved) {
		projects.moveUnitPaths(moved.oldPath(), moved.newPath());
		projects.movePaymentPaths(moved.oldPath(), moved.newPath());
		inventories.moveUnitPaths(moved.oldPath(), moved.newPath());
	}

	// ---- projects

	/** Projects in the scope, optionally of one status, the latest approved first. */
	@Transactional(readOnly = true)
	public List<ProjectView> projects(DataScope scope, ProjectStatus status) {
		return views(projects.findAll(projectsWhere(scope, status), PROJECT_ORDER));
	}

	/** One page of {@link #projects(DataScope, ProjectStatus)}, paged in the query. */
	@Transactional(readOnly = true)
	public Page<ProjectView> projects(DataScope scope, ProjectStatus status, int page, int size) {
		Page<ConstructionProject> found = projects.findAll(projectsWhere(scope, status),
				Paging.request(page, size, MAX_PAGE_SIZE, PROJECT_ORDER));
		return new PageImpl<>(views(found.getContent()), found.getPageable(), found.getTotalElements());
	}

	/** The largest page the API answers. */
	static final int MAX_PAGE_SIZE = 200;

	private static final Sort PROJECT_ORDER = Sort.by(Sort.Order.desc("approvedOn"), Sort.Order.desc("id"));

	private Specification<ConstructionProject> projectsWhere(DataScope scope, ProjectStatus status) {
		Specification<ConstructionProject> where = within(scope);
		if (status != null) {
			where = where.and((root, q, cb) -> cb.equal(root.get("status"), status));
		}
		return where;
	}

	private List<ProjectView> views(List<ConstructionProject> found) {
		Map<Long, String> names = unitNames(found.stream().map(ConstructionProject::getUnitId).toList());
		LocalDate today = today();
		return found.stream().map(p -> view(p, names, today)).toList();
	}

	private static ProjectView view(ConstructionProject p, Map<Long, String> names, LocalDate today) {
		return new ProjectView(p.getId(), p.getUnitId(), names.get(p.getUnitId()), p.getName(), p.getKind(),
				p.getFloorArea(), p.getBudgetCentralFen(), p.getBudgetProvincialFen(), p.getBudgetCountyFen(),
				p.getBudgetOtherFen(), p.getChangeFen(), p.budgetFen(), p.getPaidFen(), p.budgetFen() - p.getPaidFen(),
				p.getContractor(), p.getStatus(), p.getStatus().next(), p.getApprovedOn(), p.getPlannedCompletion(),
				p.getTenderedOn(), p.getStartedOn(), p.getAcceptedOn(), p.getSettledOn(), p.getFinalAccountFen(),
				p.getProgress(), p.lateOn(today));
	}

	@Transactional(readOnly = true)
	public ProjectDetail project(DataScope scope, long id) {
		return detail(visible(scope, id));
	}

	private ProjectDetail detail(ConstructionProject p) {
		return new ProjectDetail(view(p, unitNames(List.of(p.getUnitId())), today()),
				steps.findByProjectIdOrderByIdAsc(p.getId()).stream().map(ProjectStep::toView).toList(),
				payments.findByProjectIdOrderByPaidOnAscIdAsc(p.getId())
					.stream()
					.map(x -> new PaymentView(x.getId(), x.getPaidOn(), x.getAmountFen(), x.getNote(),
							x.getRecordedBy()))
					.toList());
	}

	private ConstructionProject visible(DataScope scope, long id) {
		return projects.findOne(this.<ConstructionProject>within(scope).and(id(id)))
			.orElseThrow(() -> new NotFound("project " + id));
	}

	/** Registers an approved project (立项) of a school or teaching point in the scope. */
	@Transactional
	public ProjectDetail createProject(DataScope scope, ProjectForm form) {
		if (form == null) {
			throw new Rejection(null, "facilities.required");
		}
		UnitView unit = recordUnit(scope, form.unitId());
		List<Problem> problems = new ArrayList<>();
		String name = text(problems, "name", form.name(), 200, true);
		if (form.kind() == null) {
			problems.add(new Problem("kind", "facilities.required"));
		}
		if (form.floorArea() == null) {
			problems.add(new Problem("floorArea", "facilities.required"));
		}
		else if (form.floorArea() < 0 || form.floorArea() > 1_000_000) {
			problems.add(new Problem("floorArea", "facilities.floorArea.invalid", form.floorArea()));
		}
		long central = money(problems, "budgetCentralFen", form.budgetCentralFen());
		long provincial = money(problems, "budgetProvincialFen", form.budgetProvincialFen());
		long county = money(problems, "budgetCountyFen", form.budgetCountyFen());
		long other = money(problems, "budgetOtherFen", form.budgetOtherFen());
		if (problems.isEmpty() && central + provincial + county + other == 0) {
			problems.add(new Problem("budgetCountyFen", "facilities.budget.empty"));
		}
		checkPastDay(problems, "approvedOn", form.approvedOn());
		if (form.plannedCompletion() == null) {
			problems.add(new Problem("plannedCompletion", "facilities.required"));
		}
		else if (form.approvedOn() != null && (form.plannedCompletion().isBefore(form.approvedOn())
				|| form.plannedCompletion().isAfter(form.approvedOn().plusYears(10)))) {
			problems.add(new Problem("plannedCompletion", "facilities.plannedCompletion.invalid",
					form.plannedCompletion(), form.approvedOn()));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		ConstructionProject p = projects.save(new ConstructionProject(unit.id(), org.pathOf(unit.id()).orElseThrow(),
				name, form.kind(), form.floorArea(), central, provincial, county, other, form.approvedOn(),
				form.plannedCompletion(), Actor.current()));
		steps.save(new ProjectStep(p.getId(), null, ProjectStatus.APPROVED, form.approvedOn(), p.budgetFen(), name,
				Actor.current()));
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("unit", unit.code());
		created.put("name", name);
		created.put("kind", form.kind());
		created.put("floorArea", form.floorArea());
		created.put("budgetCentralFen", central);
		created.put("budgetProvincialFen", provincial);
		created.put("budgetCountyFen", county);
		created.put("budgetOtherFen", other);
		created.put("approvedOn", form.approvedOn());
		created.put("plannedCompletion", form.plannedCompletion());
		audit.record(AuditAction.CREATE, PROJECT, p.getId(), unit.name() + " " + name, Change.created(created));
		return detail(p);
	}

	/**
	 * Moves a project to its next stage: the tender names the contractor; acceptance sets
	 * progress to 100%; the final account (决算) is at least what was paid and at most the
	 * budget.
	 */
	@Transactional
	public ProjectDetail advance(DataScope scope, long id, ProjectActions.Stage form) {
		ConstructionProject p = visible(scope, id);
		if (form == null || form.to() == null) {
			throw new Rejection("to", "facilities.required");
		}
		if (p.getStatus().next() != form.to()) {
			throw new Rejection("to", "facilities.stage.notNext", label(p.getStatus()), label(form.to()));
		}
		List<Problem> problems = new ArrayList<>();
		LocalDate last = lastDay(p);
		LocalDate on = form.on();
		if (on == null) {
			problems.add(new Problem("on", "facilities.required"));
		}
		else if (on.isBefore(last) || on.isAfter(today())) {
			problems.add(new Problem("on", "facilities.stage.day", on, last, today()));
		}
		String contractor = text(problems, "contractor", form.contractor(), 200, form.to() == ProjectStatus.TENDERED);
		String note = text(problems, "note", form.note(), 500, false);
		Long finalAccount = null;
		if (form.to() == ProjectStatus.SETTLED) {
			if (form.finalAccountFen() == null) {
				problems.add(new Problem("finalAccountFen", "facilities.required"));
			}
			else if (form.finalAccountFen() < p.getPaidFen() || form.finalAccountFen() > p.budgetFen()) {
				problems.add(new Problem("finalAccountFen", "facilities.finalAccount.invalid",
						yuan(form.finalAccountFen()), yuan(p.getPaidFen()), yuan(p.budgetFen())));
			}
			finalAccount = form.finalAccountFen();
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		ProjectStatus from = p.getStatus();
		p.advance(form.to(), on, form.to() == ProjectStatus.TENDERED ? contractor : p.getContractor(), finalAccount,
				Actor.current());
		steps.save(new ProjectStep(p.getId(), from, form.to(), on, finalAccount, note, Actor.current()));
		List<Change> changes = new ArrayList<>();
		changes.add(new Change("status", from.name(), form.to().name()));
		changes.add(new Change("on", null, on.toString()));
		if (form.to() == ProjectStatus.TENDERED) {
			changes.add(new Change("contractor", null, contractor));
		}
		if (finalAccount != null) {
			changes.add(new Change("finalAccountFen", null, finalAccount.toString()));
		}
		audit.record(AuditAction.UPDATE, PROJECT, p.getId(), p.getName(), changes);
		return detail(p);
	}

	// The day of the project's latest stage: a later stage is not dated before it.
	private static LocalDate lastDay(ConstructionProject p) {
		LocalDate last = p.getApprovedOn();
		for (LocalDate d : new LocalDate[] { p.getTenderedOn(), p.getStartedOn(), p.getAcceptedOn() }) {
			if (d != null && d.isAfter(last)) {
				last = d;
			}
		}
		return last;
	}

	/**
	 * Records a payment from the tender until acceptance; one that would take the paid
	 * total past the budget is refused until an approved change raises it.
	 */
	@Transactional
	public ProjectDetail pay(DataScope scope, long id, ProjectActions.Payment form) {
		ConstructionProject p = visible(scope, id);
		if (!p.getStatus().paying()) {
			throw new Rejection("status", "facilities.payment.stage", label(p.getStatus()));
		}
		if (form == null) {
			throw new Rejection(null, "facilities.required");
		}
		List<Problem> problems = new ArrayList<>();
		if (form.amountFen() == null) {
			problems.add(new Problem("amountFen", "facilities.required"));
		}
		else if (form.amountFen() <= 0 || form.amountFen() > MAX_FEN) {
			problems.add(new Problem("amountFen", "facilities.money.positive"));
		}
		else if (p.getPaidFen() + form.amountFen() > p.budgetFen()) {
			problems.add(new Problem("amountFen", "facilities.payment.overspend", yuan(form.amountFen()),
					yuan(p.getPaidFen()), yuan(p.budgetFen())));
		}
		if (form.paidOn() == null) {
			problems.add(new Problem("paidOn", "facilities.required"));
		}
		else if (form.paidOn().isBefore(p.getTenderedOn()) || form.paidOn().isAfter(today())) {
			problems.add(new Problem("paidOn", "facilities.payment.day", form.paidOn(), p.getTenderedOn(), today()));
		}
		String note = text(problems, "note", form.note(), 300, false);
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		long before = p.getPaidFen();
		p.pay(form.amountFen(), Actor.current());
		payments.save(new ProjectPayment(p, form.paidOn(), form.amountFen(), note, Actor.current()));
		audit.record(AuditAction.UPDATE, PROJECT, p.getId(), p.getName(),
				List.of(new Change("paidFen", Long.toString(before), Long.toString(p.getPaidFen())),
						new Change("paidOn", null, form.paidOn().toString())));
		return detail(p);
	}

	/** Records an approved change raising the budget of a project not yet settled. */
	@Transactional
	public ProjectDetail raiseBudget(DataScope scope, long id, ProjectActions.BudgetChange form) {
		ConstructionProject p = visible(scope, id);
		if (p.getStatus() == ProjectStatus.SETTLED) {
			throw new Rejection("status", "facilities.change.settled");
		}
		if (form == null) {
			throw new Rejection(null, "facilities.required");
		}
		List<Problem> problems = new ArrayList<>();
		if (form.amountFen() == null) {
			problems.add(new Problem("amountFen", "facilities.required"));
		}
		else if (form.amountFen() <= 0 || form.amountFen() > MAX_FEN) {
			problems.add(new Problem("amountFen", "facilities.money.positive"));
		}
		String approvedBy = text(problems, "approvedBy", form.approvedBy(), 100, true);
		String note = text(problems, "note", form.note(), 400, true);
		if (form.approvedOn() == null) {
			problems.add(new Problem("approvedOn", "facilities.required"));
		}
		else if (form.approvedOn().isBefore(p.getApprovedOn()) || form.approvedOn().isAfter(today())) {
			problems
				.add(new Problem("approvedOn", "facilities.stage.day", form.approvedOn(), p.getApprovedOn(), today()));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		long before = p.budgetFen();
		p.raiseBudget(form.amountFen(), Actor.current());
		steps.save(new ProjectStep(p.getId(), p.getStatus(), p.getStatus(), form.approvedOn(), form.amountFen(),
				approvedBy + "：" + note, Actor.current()));
		audit.record(AuditAction.UPDATE, PROJECT, p.getId(), p.getName(),
				List.of(new Change("budgetFen", Long.toString(before), Long.toString(p.budgetFen())),
						new Change("approvedBy", null, approvedBy)));
		return detail(p);
	}

	/** Records progress of the works (a milestone) while under construction. */
	@Transactional
	public ProjectDetail progress(DataScope scope, long id, ProjectActions.Progress form) {
		ConstructionProject p = visible(scope, id);
		if (p.getStatus() != ProjectStatus.UNDER_CONSTRUCTION) {
			throw new Rejection("status", "facilities.progress.stage", label(p.getStatus()));
		}
		List<Problem> problems = new ArrayList<>();
		Integer percent = form == null ? null : form.percent();
		if (percent == null) {
			problems.add(new Problem("percent", "facilities.required"));
		}
		else if (percent < p.getProgress() || percent > 99) {
			problems.add(new Problem("percent", "facilities.progress.invalid", percent, p.getProgress()));
		}
		LocalDate on = form == null ? null : form.on();
		if (on == null) {
			problems.add(new Problem("on", "facilities.required"));
		}
		else if (on.isBefore(p.getStartedOn()) || on.isAfter(today())) {
			problems.add(new Problem("on", "facilities.stage.day", on, p.getStartedOn(), today()));
		}
		String note = text(problems, "note", form == null ? null : form.note(), 400, true);
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		int before = p.getProgress();
		p.progress(percent, Actor.current());
		steps.save(new ProjectStep(p.getId(), p.getStatus(), p.getStatus(), on, null, percent + "%：" + note,
				Actor.current()));
		audit.record(AuditAction.UPDATE, PROJECT, p.getId(), p.getName(),
				List.of(new Change("progress", Integer.toString(before), Integer.toString(percent))));
		return detail(p);
	}

	/**
	 * The projects of the scope past their planned completion and not accepted (for the
	 * home page): how many, and the first few.
	 */
	@Transactional(readOnly = true)
	public LateProjects lateProjects(DataScope scope, int limit) {
		Specification<ConstructionProject> where = this.<ConstructionProject>within(scope).and(lateOn(today()));
		long total = projects.count(where);
		List<ConstructionProject> first = projects
			.findAll(where, PageRequest.of(0, Math.max(1, limit), Sort.by("plannedCompletion", "id")))
			.getContent();
		return new LateProjects(total, views(first));
	}

	static Specification<ConstructionProject> lateOn(LocalDate day) {
		return (root, q, cb) -> cb.and(cb.lessThan(root.get("plannedCompletion"), day),
				cb.or(cb.isNull(root.get("acceptedOn")), cb.greaterThan(root.get("acceptedOn"), day)));
	}

	// ---- inventories

	/**
	 * Records (or corrects) a school's inventory of a year; the earlier values stay in
	 * the audit.
	 */
	@Transactional
	public InventoryCheck recordInventory(DataScope scope, InventoryForm form) {
		if (form == null) {
			throw new Rejection(null, "facilities.required");
		}
		UnitView unit = recordUnit(scope, form.unitId());
		List<Problem> problems = new ArrayList<>();
		if (form.year() == null) {
			problems.add(new Problem("year", "facilities.required"));
		}
		else if (form.year() < EARLIEST.getYear() || form.year() > today().getYear()) {
			problems
				.add(new Problem("year", "facilities.year.range", form.year(), EARLIEST.getYear(), today().getYear()));
		}
		count(problems, "pupils", form.pupils(), 100_000);
		count(problems, "computers", form.computers(), 100_000);
		count(problems, "books", form.books(), 100_000_000);
		long value = money(problems, "equipmentValueFen", form.equipmentValueFen());
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		SchoolInventory inv = inventories.findByYearAndUnitId(form.year(), unit.id()).orElse(null);
		Map<String, Object> before = inv == null ? Map.of() : values(inv);
		if (inv == null) {
			inv = new SchoolInventory(unit.id(), org.pathOf(unit.id()).orElseThrow(), form.year());
		}
		inv.set(form.pupils(), form.computers(), form.books(), value, Actor.current());
		inv = inventories.save(inv);
		audit.record(before.isEmpty() ? AuditAction.CREATE : AuditAction.UPDATE, "facilities.inventory", inv.getId(),
				unit.name() + " " + form.year(), Change.between(before, values(inv)));
		return check(unit, inv, form.year());
	}

	private static Map<String, Object> values(SchoolInventory inv) {
		Map<String, Object> v = new LinkedHashMap<>();
		v.put("pupils", inv.getPupils());
		v.put("computers", inv.getComputers());
		v.put("books", inv.getBooks());
		v.put("equipmentValueFen", inv.getEquipmentValueFen());
		return v;
	}

	/**
	 * The check of a year: every active school in the scope with a primary, junior or
	 * senior stage against the standards in force on 31 December of the year (or today),
	 * those not reported listed as such.
	 */
	@Transactional(readOnly = true)
	public InventoryOverview inventories(DataScope scope, int year) {
		checkYear(year);
		Map<Long, SchoolInventory> byUnit = new HashMap<>();
		inventories.findAll(this.<SchoolInventory>within(scope).and((root, q, cb) -> cb.equal(root.get("year"), year)))
			.forEach(i -> byUnit.put(i.getUnitId(), i));
		List<InventoryCheck> rows = new ArrayList<>();
		for (UnitView school : org.listAll(scope,
				new UnitFilter(null, UnitType.SCHOOL, null, null, null, UnitStatus.ACTIVE, null))) {
			if (highestStage(school) != null) {
				rows.add(check(school, byUnit.get(school.id()), year));
			}
		}
		return new InventoryOverview(year, rows, (int) rows.stream().filter(InventoryCheck::meets).count());
	}

	// Standards follow the school's highest stage: a 九年制 school is held to the junior
	// one.
	static Stage highestStage(UnitView school) {
		Set<Stage> stages = school.stages() == null ? Set.of() : school.stages();
		for (Stage s : List.of(Stage.SENIOR, Stage.JUNIOR, Stage.PRIMARY)) {
			if (stages.contains(s)) {
				return s;
			}
		}
		return null;
	}

	private LocalDate standardDay(int year) {
		LocalDate end = LocalDate.of(year, 12, 31);
		return end.isAfter(today()) ? today() : end;
	}

	InventoryCheck check(UnitView school, SchoolInventory inv, int year) {
		LocalDate day = standardDay(year);
		Stage stage = highestStage(school);
		LocalParameter booksParameter = stage == Stage.SENIOR ? LocalParameter.LIBRARY_BOOKS_PER_PUPIL_SENIOR
				: stage == Stage.JUNIOR ? LocalParameter.LIBRARY_BOOKS_PER_PUPIL_JUNIOR
						: LocalParameter.LIBRARY_BOOKS_PER_PUPIL_PRIMARY;
		int booksStandard = rules.parameter(booksParameter, day).intValue();
		int computersStandard = rules.parameter(LocalParameter.EQUIPMENT_COMPUTERS_PER_100, day).intValue();
		List<Reason> reasons = new ArrayList<>();
		if (inv == null) {
			reasons.add(new Reason(PolicyRule.LIBRARY_BOOKS, "facilities.reason.notReported", year));
			return new InventoryCheck(school.id(), school.name(), false, 0, 0, 0, 0, null, null, computersStandard,
					booksStandard, false, reasons);
		}
		int pupils = inv.getPupils();
		if (pupils == 0) {
			reasons.add(new Reason(PolicyRule.LIBRARY_BOOKS, "facilities.reason.noPupils", year));
			return new InventoryCheck(school.id(), school.name(), true, 0, inv.getComputers(), inv.getBooks(),
					inv.getEquipmentValueFen(), null, null, computersStandard, booksStandard, true, reasons);
		}
		BigDecimal per100 = ratio(inv.getComputers() * 100L, pupils);
		BigDecimal perPupil = ratio(inv.getBooks(), pupils);
		// 不少于: the standard itself is met; compared in integers so no rounding decides.
		boolean computersMet = inv.getComputers() * 100L >= (long) computersStandard * pupils;
		boolean booksMet = inv.getBooks() >= (long) booksStandard * pupils;
		reasons.add(new Reason(PolicyRule.EQUIPMENT_COMPUTERS,
				computersMet ? "facilities.reason.computers.met" : "facilities.reason.computers.short", per100,
				computersStandard, inv.getComputers(), pupils,
				computersMet ? 0 : ceilDiv((long) computersStandard * pupils, 100) - inv.getComputers()));
		reasons.add(new Reason(PolicyRule.LIBRARY_BOOKS,
				booksMet ? "facilities.reason.books.met" : "facilities.reason.books.short", perPupil, booksStandard,
				inv.getBooks(), pupils, booksMet ? 0 : (long) booksStandard * pupils - inv.getBooks()));
		return new InventoryCheck(school.id(), school.name(), true, pupils, inv.getComputers(), inv.getBooks(),
				inv.getEquipmentValueFen(), per100, perPupil, computersStandard, booksStandard,
				computersMet && booksMet, reasons);
	}

	private static long ceilDiv(long a, long b) {
		return (a + b - 1) / b;
	}

	static BigDecimal ratio(long numerator, long denominator) {
		return denominator == 0 ? null
				: BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
	}

	// ---- for the figures: set-based sums in the scope

	Specification<ConstructionProject> projectsStarted(DataScope scope, LocalDate from, LocalDate to) {
		return this.<ConstructionProject>within(scope).and(between("startedOn", from, to));
	}

	Specification<ConstructionProject> projectsAccepted(DataScope scope, LocalDate from, LocalDate to) {
		return this.<ConstructionProject>within(scope).and(between("acceptedOn", from, to));
	}

	Specification<ProjectPayment> paymentsBetween(DataScope scope, LocalDate from, LocalDate to) {
		return this.<ProjectPayment>within(scope).and(between("paidOn", from, to));
	}

	Specification<SchoolInventory> inventoriesOf(DataScope scope, int year) {
		return this.<SchoolInventory>within(scope).and((root, q, cb) -> cb.equal(root.get("year"), year));
	}

	long countProjects(Specification<ConstructionProject> where) {
		return projects.count(where);
	}

	List<ProjectView> projectRows(Specification<ConstructionProject> where) {
		return views(projects.findAll(where, Sort.by("id")));
	}

	List<ProjectPayment> paymentRows(Specification<ProjectPayment> where) {
		return payments.findAll(where, Sort.by("paidOn", "id"));
	}

	List<SchoolInventory> inventoryRows(Specification<SchoolInventory> where) {
		return inventories.findAll(where, Sort.by("id"));
	}

	Map<Long, String> projectNames(List<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		projects.findAllById(ids).forEach(p -> names.put(p.getId(), p.getName()));
		return names;
	}

	Map<Long, String> names(List<Long> unitIds) {
		return unitNames(unitIds);
	}

	/** The sums of some number attributes of the records a specification selects. */
	<T> long[] sums(Class<T> type, Specification<T> where, String... attributes) {
		CriteriaBuilder cb = em.getCriteriaBuilder();
		CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
		Root<T> root = q.from(type);
		// The count first, so the row is an array even for one sum.
		List<jakarta.persistence.criteria.Selection<?>> selections = new ArrayList<>();
		selections.add(cb.count(root));
		for (String a : attributes) {
			selections.add(cb.sum(root.<Number>get(a)));
		}
		q.multiselect(selections);
		q.where(where.toPredicate(root, q, cb));
		Object[] row = em.createQuery(q).getSingleResult();
		long[] out = new long[attributes.length];
		for (int i = 0; i < out.length; i++) {
			out[i] = row[i + 1] == null ? 0 : ((Number) row[i + 1]).longValue();
		}
		return out;
	}

	// ---- checks

	static void checkYear(int year) {
		if (year < 2000 || year > 2100) {
			throw Rejection.malformed("year", "facilities.year", year);
		}
	}

	private void checkPastDay(List<Problem> problems, String field, LocalDate day) {
		if (day == null) {
			problems.add(new Problem(field, "facilities.required"));
		}
		else if (day.isBefore(EARLIEST) || day.isAfter(today())) {
			problems.add(new Problem(field, "facilities.date.range", day, EARLIEST, today()));
		}
	}

	private static long money(List<Problem> problems, String field, Long fen) {
		if (fen == null) {
			return 0;
		}
		if (fen < 0 || fen > MAX_FEN) {
			problems.add(new Problem(field, "facilities.money.invalid"));
			return 0;
		}
		return fen;
	}

	private static void count(List<Problem> problems, String field, Integer value, int max) {
		if (value == null) {
			problems.add(new Problem(field, "facilities.required"));
		}
		else if (value < 0 || value > max) {
			problems.add(new Problem(field, "facilities.count.invalid", value, max));
		}
	}

	private static String text(List<Problem> problems, String field, String value, int max, boolean required) {
		String v = value == null || value.isBlank() ? null : value.strip();
		if (v == null && required) {
			problems.add(new Problem(field, "facilities.required"));
		}
		else if (v != null && v.length() > max) {
			problems.add(new Problem(field, "facilities.tooLong", max));
		}
		return v;
	}

	/** Fen as ten-thousand yuan (万元), rounded half up to two decimals. */
	static BigDecimal tenThousandYuan(long fen) {
		return BigDecimal.valueOf(fen, 6).setScale(2, RoundingMode.HALF_UP);
	}

	/** Fen as yuan with two decimals, for messages. */
	static String yuan(long fen) {
		return BigDecimal.valueOf(fen, 2).toPlainString();
	}

	// Worded in the reader's language when the message is resolved, never shown as a
	// code.
	private static org.springframework.context.support.DefaultMessageSourceResolvable label(ProjectStatus status) {
		return new org.springframework.context.support.DefaultMessageSourceResolvable(
				new String[] { "enum.ProjectStatus." + status.name() }, status.name());
	}

	LocalDate today() {
		return LocalDate.now();
	}

}
