package io.edubureau.safety;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import io.edubureau.platform.Actor;
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
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Paging;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.platform.ScannedDocument;
import io.edubureau.rules.ClosedLoop;
import io.edubureau.rules.LocalParameter;
import io.edubureau.rules.PeriodEnd;
import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;
import io.edubureau.rules.RulesManagement;

import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campus safety's public face. Every call takes the caller's {@link DataScope}; a record
 * of a unit outside it is not found (404), exactly like a missing one. Every change is
 * audited in its transaction.
 */
@Service
public class SafetyManagement {

	/**
	 * Evidence and signed letters: PDF, JPEG or PNG by their first bytes, at most 10 MB.
	 */
	static final int MAX_SCAN_BYTES = 10 * 1024 * 1024;

	// No record of campus safety predates the system's oldest data.
	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	static final String HAZARD = "safety.hazard";

	private static final Set<Stage> SCHOOL_STAGES = EnumSet.of(Stage.PRIMARY, Stage.JUNIOR, Stage.SENIOR,
			Stage.SPECIAL);

	private final InspectionRepository inspections;

	private final InspectionItemRepository items;

	private final HazardRepository hazards;

	private final HazardStepRepository steps;

	private final RectificationRepository rectifications;

	private final DrillRepository drills;

	private final LetterRepository letters;

	private final IncidentRepository incidents;

	private final OrgManagement org;

	private final RulesManagement rules;

	private final AuditManagement audit;

	private final EntityManager em;

	SafetyManagement(InspectionRepository inspections, InspectionItemRepository items, HazardRepository hazards,
			HazardStepRepository steps, RectificationRepository rectifications, DrillRepository drills,
			LetterRepository letters, IncidentRepository incidents, OrgManagement org, RulesManagement rules,
			AuditManagement audit, EntityManager em) {
		this.inspections = inspections;
		this.items = items;
		this.hazards = hazards;
		this.steps = steps;
		this.rectifications = rectifications;
		this.drills = drills;
		this.letters = letters;
		this.incidents = incidents;
		this.org = org;
		this.rules = rules;
		this.audit = audit;
		this.em = em;
	}

	// ---- scope

	/**
	 * The data scope as a predicate on the record's unit (its id for a one-unit scope,
	 * its copied tree path below a unit); fail-closed.
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

	/** A school or teaching point in the scope, for a new record. */
	private UnitView recordUnit(DataScope scope, Long unitId) {
		if (unitId == null) {
			throw new Rejection("unitId", "safety.required");
		}
		UnitView unit = org.get(scope, unitId);
		if (unit.type() != UnitType.SCHOOL && unit.type() != UnitType.TEACHING_POINT) {
			throw new Rejection("unitId", "safety.unit.notSchool", unit.name());
		}
		return unit;
	}

	/** Schools and teaching points in the scope a record may be entered for. */
	@Transactional(readOnly = true)
	public List<UnitView> recordUnits(DataScope scope) {
		return org.listAll(scope, new UnitFilter(null, null, null, null, null, UnitStatus.ACTIVE, null))
			.stream()
			.filter(u -> u.type() == UnitType.SCHOOL || u.type() == UnitType.TEACHING_POINT)
			.toList();
	}

	private Map<Long, String> unitNames(List<Long> unitIds) {
		Map<Long, String> names = new HashMap<>();
		org.byIds(unitIds).forEach((id, u) -> names.put(id, u.name()));
		return names;
	}

	// ---- keeping unit paths in step with the tree

	@EventListener
	void on(UnitMoved moved) {
		inspections.moveUnitPaths(moved.oldPath(), moved.newPath());
		hazards.moveUnitPaths(moved.oldPath(), moved.newPath());
		drills.moveUnitPaths(moved.oldPath(), moved.newPath());
		letters.moveUnitPaths(moved.oldPath(), moved.newPath());
		incidents.moveUnitPaths(moved.oldPath(), moved.newPath());
	}

	// ---- inspections

	/** The checklist template of every inspection kind. */
	public Map<InspectionKind, List<String>> checklists() {
		Map<InspectionKind, List<String>> all = new LinkedHashMap<>();
		for (InspectionKind k : InspectionKind.values()) {
			all.put(k, k.items());
		}
		return all;
	}

	/** Inspections in the scope held in a year, the latest first. */
	@Transactional(readOnly = true)
	public List<InspectionView> inspections(DataScope scope, int year) {
		checkYear(year);
		return inspectionViews(inspections.findAll(inspectionsWhere(scope, year), INSPECTION_ORDER));
	}

	/** One page of {@link #inspections(DataScope, int)}, paged in the query. */
	@Transactional(readOnly = true)
	public Page<InspectionView> inspections(DataScope scope, int year, int page, int size) {
		checkYear(year);
		Page<SafetyInspection> found = inspections.findAll(inspectionsWhere(scope, year),
				Paging.request(page, size, MAX_PAGE_SIZE, INSPECTION_ORDER));
		return new PageImpl<>(inspectionViews(found.getContent()), found.getPageable(), found.getTotalElements());
	}

	/** The largest page the API answers. */
	static final int MAX_PAGE_SIZE = 200;

	private static final Sort INSPECTION_ORDER = Sort.by(Sort.Order.desc("inspectedOn"), Sort.Order.desc("id"));

	private Specification<SafetyInspection> inspectionsWhere(DataScope scope, int year) {
		return this.<SafetyInspection>within(scope)
			.and(between("inspectedOn", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
	}

	private List<InspectionView> inspectionViews(List<SafetyInspection> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, List<ItemResult>> results = new HashMap<>();
		List<Long> ids = found.stream().map(SafetyInspection::getId).toList();
		for (int i = 0; i < ids.size(); i += 1000) {
			items.findByInspectionIdInOrderByIdAsc(ids.subList(i, Math.min(ids.size(), i + 1000)))
				.forEach(it -> results.computeIfAbsent(it.getInspectionId(), k -> new ArrayList<>())
					.add(new ItemResult(it.getItemCode(), it.isPassed(), it.getNote())));
		}
		Map<Long, Integer> hazardCounts = new HashMap<>();
		for (int i = 0; i < ids.size(); i += 1000) {
			List<Long> part = ids.subList(i, Math.min(ids.size(), i + 1000));
			hazards.findAll((root, q, cb) -> root.get("inspectionId").in(part))
				.forEach(h -> hazardCounts.merge(h.getInspectionId(), 1, Integer::sum));
		}
		Map<Long, String> names = unitNames(found.stream().map(SafetyInspection::getUnitId).toList());
		return found.stream().map(i -> {
			List<ItemResult> r = results.getOrDefault(i.getId(), List.of());
			return new InspectionView(i.getId(), i.getUnitId(), names.get(i.getUnitId()), i.getKind(),
					i.getInspectedOn(), i.getInspector(), i.getNote(), r,
					(int) r.stream().filter(x -> !x.passed()).count(), hazardCounts.getOrDefault(i.getId(), 0));
		}).toList();
	}

	@Transactional(readOnly = true)
	public InspectionView inspection(DataScope scope, long id) {
		return inspectionViews(List.of(visibleInspection(scope, id))).get(0);
	}

	private SafetyInspection visibleInspection(DataScope scope, long id) {
		return inspections.findOne(this.<SafetyInspection>within(scope).and(id(id)))
			.orElseThrow(() -> new NotFound("inspection " + id));
	}

	/**
	 * Records an inspection of a school or teaching point in the scope with one result
	 * per item of its kind's checklist (a failed item needs a note).
	 */
	@Transactional
	public InspectionView recordInspection(DataScope scope, InspectionForm form) {
		if (form == null) {
			throw new Rejection(null, "safety.required");
		}
		UnitView unit = recordUnit(scope, form.unitId());
		List<Problem> problems = new ArrayList<>();
		if (form.kind() == null) {
			problems.add(new Problem("kind", "safety.required"));
		}
		checkPastDay(problems, "inspectedOn", form.inspectedOn());
		String inspector = text(problems, "inspector", form.inspector(), 50, true);
		String note = text(problems, "note", form.note(), 500, false);
		Map<String, ItemResult> results = new LinkedHashMap<>();
		if (form.kind() != null) {
			Map<String, ItemResult> given = new HashMap<>();
			for (ItemResult r : form.results() == null ? List.<ItemResult>of() : form.results()) {
				if (r == null || r.itemCode() == null || !form.kind().items().contains(r.itemCode())) {
					problems.add(new Problem("results", "safety.item.unknown",
							r == null ? "" : String.valueOf(r.itemCode())));
				}
				else {
					given.put(r.itemCode(), r);
				}
			}
			for (String item : form.kind().items()) {
				ItemResult r = given.get(item);
				if (r == null || r.passed() == null) {
					problems.add(new Problem("results." + item, "safety.item.missing",
							new DefaultMessageSourceResolvable(new String[] { "safety.item." + item }, item)));
					continue;
				}
				String itemNote = text(problems, "results." + item, r.note(), 300, !r.passed());
				results.put(item, new ItemResult(item, r.passed(), itemNote));
			}
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		String path = org.pathOf(unit.id()).orElseThrow();
		SafetyInspection i = inspections.save(new SafetyInspection(unit.id(), path, form.kind(), form.inspectedOn(),
				inspector, note, Actor.current()));
		for (ItemResult r : results.values()) {
			items.save(new InspectionItem(i.getId(), r.itemCode(), r.passed(), r.note()));
		}
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("unit", unit.code());
		created.put("kind", form.kind());
		created.put("inspectedOn", form.inspectedOn());
		created.put("inspector", inspector);
		created.put("failedItems",
				results.values().stream().filter(r -> !r.passed()).map(ItemResult::itemCode).toList());
		audit.record(AuditAction.CREATE, "safety.inspection", i.getId(),
				unit.name() + " " + form.kind() + " " + form.inspectedOn(), Change.created(created));
		return inspectionViews(List.of(i)).get(0);
	}

	// ---- hazards and their closed loop

	/**
	 * Records a hazard found by an inspection in the scope; a deadline given lies on or
	 * after the inspection day, none given is the rectification period
	 * ({@link LocalParameter#SAFETY_HAZARD_RECTIFICATION_DAYS}, in force on the
	 * inspection day) counted from it and moved off a rest day as policy rules §12
	 * counts.
	 */
	@Transactional
	public HazardView recordHazard(DataScope scope, long inspectionId, HazardForm form) {
		SafetyInspection inspection = visibleInspection(scope, inspectionId);
		if (form == null) {
			throw new Rejection(null, "safety.required");
		}
		List<Problem> problems = new ArrayList<>();
		String item = form.itemCode() == null || form.itemCode().isBlank() ? null : form.itemCode().strip();
		if (item != null && !inspection.getKind().items().contains(item)) {
			problems.add(new Problem("itemCode", "safety.item.unknown", item));
		}
		if (form.level() == null) {
			problems.add(new Problem("level", "safety.required"));
		}
		String description = text(problems, "description", form.description(), 500, true);
		String responsible = text(problems, "responsiblePerson", form.responsiblePerson(), 50, true);
		if (form.deadline() != null && form.deadline().isBefore(inspection.getInspectedOn())) {
			problems.add(new Problem("deadline", "safety.hazard.deadline.beforeFound", form.deadline(),
					inspection.getInspectedOn()));
		}
		else if (form.deadline() != null && form.deadline().isAfter(inspection.getInspectedOn().plusYears(3))) {
			problems.add(new Problem("deadline", "safety.hazard.deadline.tooLate", form.deadline()));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		LocalDate deadline = form.deadline();
		Integer days = null;
		if (deadline == null) {
			days = rectificationDays(inspection.getInspectedOn());
			deadline = rectificationPeriod(inspection.getInspectedOn(), days).due();
		}
		SafetyHazard h = hazards.save(new SafetyHazard(inspection, item, form.level(), description, responsible,
				deadline, days, Actor.current()));
		steps.save(new HazardStep(h.getId(), null, HazardStatus.FOUND, description, Actor.current()));
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("inspection", inspection.getId());
		created.put("level", form.level());
		created.put("description", description);
		created.put("responsiblePerson", responsible);
		created.put("deadline", deadline);
		if (days != null) {
			created.put("deadlineDays", days);
		}
		created.put("status", HazardStatus.FOUND);
		audit.record(AuditAction.CREATE, HAZARD, h.getId(), description, Change.created(created));
		return hazardView(h, unitNames(List.of(h.getUnitId())), today());
	}

	// The rectification period in force on the inspection day.
	private int rectificationDays(LocalDate on) {
		return rules.parameter(LocalParameter.SAFETY_HAZARD_RECTIFICATION_DAYS, on).intValue();
	}

	private PeriodEnd rectificationPeriod(LocalDate start, int days) {
		return rules.periodEnd(PolicyRule.SAFETY_HAZARD_RECTIFICATION, start, days, false);
	}

	/**
	 * Hazards in the scope, the nearest deadline first; optionally of one status, only
	 * the overdue ones, or of one inspection.
	 */
	@Transactional(readOnly = true)
	public List<HazardView> hazards(DataScope scope, HazardStatus status, boolean overdueOnly) {
		LocalDate today = today();
		List<SafetyHazard> found = hazards.findAll(hazardsWhere(scope, status, overdueOnly, today),
				Sort.by("deadline", "id"));
		Map<Long, String> names = unitNames(found.stream().map(SafetyHazard::getUnitId).toList());
		return found.stream().map(h -> hazardView(h, names, today)).toList();
	}

	/**
	 * One page of {@link #hazards(DataScope, HazardStatus, boolean)}, paged in the query.
	 */
	@Transactional(readOnly = true)
	public Page<HazardView> hazards(DataScope scope, HazardStatus status, boolean overdueOnly, int page, int size) {
		LocalDate today = today();
		Page<SafetyHazard> found = hazards.findAll(hazardsWhere(scope, status, overdueOnly, today),
				Paging.request(page, size, MAX_PAGE_SIZE, Sort.by("deadline", "id")));
		Map<Long, String> names = unitNames(found.getContent().stream().map(SafetyHazard::getUnitId).toList());
		return found.map(h -> hazardView(h, names, today));
	}

	private Specification<SafetyHazard> hazardsWhere(DataScope scope, HazardStatus status, boolean overdueOnly,
			LocalDate today) {
		Specification<SafetyHazard> where = within(scope);
		if (status != null) {
			where = where.and((root, q, cb) -> cb.equal(root.get("status"), status));
		}
		if (overdueOnly) {
			where = where.and(overdue(today));
		}
		return where;
	}

	/** Hazards an inspection in the scope found. */
	@Transactional(readOnly = true)
	public List<HazardView> hazardsOf(DataScope scope, long inspectionId) {
		visibleInspection(scope, inspectionId);
		List<SafetyHazard> found = hazards.findByInspectionIdOrderByIdAsc(inspectionId);
		Map<Long, String> names = unitNames(found.stream().map(SafetyHazard::getUnitId).toList());
		LocalDate today = today();
		return found.stream().map(h -> hazardView(h, names, today)).toList();
	}

	/**
	 * The overdue hazards of the scope (for the home page): how many, and the first few.
	 */
	@Transactional(readOnly = true)
	public OverdueHazards overdueHazards(DataScope scope, int limit) {
		LocalDate today = today();
		Specification<SafetyHazard> where = this.<SafetyHazard>within(scope).and(overdue(today));
		long total = hazards.count(where);
		List<SafetyHazard> first = hazards
			.findAll(where, PageRequest.of(0, Math.max(1, limit), Sort.by("deadline", "id")))
			.getContent();
		Map<Long, String> names = unitNames(first.stream().map(SafetyHazard::getUnitId).toList());
		return new OverdueHazards(total, first.stream().map(h -> hazardView(h, names, today)).toList());
	}

	// Overdue today: past the deadline (the day after it at the earliest) and not closed.
	private static Specification<SafetyHazard> overdue(LocalDate today) {
		return (root, q, cb) -> cb.and(
				cb.lessThanOrEqualTo(root.get("deadline"), ClosedLoop.latestOverdueDeadline(today)),
				cb.notEqual(root.get("status"), HazardStatus.CLOSED));
	}

	@Transactional(readOnly = true)
	public HazardDetail hazard(DataScope scope, long id) {
		SafetyHazard h = visibleHazard(scope, id);
		List<Reason> reasons = h.getDeadlineDays() == null ? List.of()
				: rectificationPeriod(h.getFoundOn(), h.getDeadlineDays()).reasons();
		List<RectificationView> evidence = rectifications.findByHazardIdOrderByIdAsc(h.getId())
			.stream()
			.map(Rectification::toView)
			.toList();
		List<Reason> loop = ClosedLoop.reasons(PolicyRule.SAFETY_HAZARD_RECTIFICATION, h.getStatus().loop(),
				evidence.size(), h.getDeadline(), h.getClosedOn(), today());
		return new HazardDetail(hazardView(h, unitNames(List.of(h.getUnitId())), today()),
				steps.findByHazardIdOrderByIdAsc(h.getId()).stream().map(HazardStep::toView).toList(), evidence,
				rules.explain(reasons, LocaleContextHolder.getLocale()),
				rules.explain(loop, LocaleContextHolder.getLocale()));
	}

	private SafetyHazard visibleHazard(DataScope scope, long id) {
		return hazards.findOne(this.<SafetyHazard>within(scope).and(id(id)))
			.orElseThrow(() -> new NotFound("hazard " + id));
	}

	/**
	 * Records the rectification (整改) of a found or reopened hazard with its evidence scan
	 * (PDF, JPEG or PNG by its first bytes): the hazard becomes RECTIFIED and waits for
	 * the re-check. Without evidence nothing is recorded.
	 */
	@Transactional
	public HazardDetail rectify(DataScope scope, long hazardId, String note, LocalDate rectifiedOn, String fileName,
			byte[] content) {
		SafetyHazard h = visibleHazard(scope, hazardId);
		if (!SafetyHazard.allowed(h.getStatus(), HazardStatus.RECTIFIED)) {
			throw new Rejection("status", "safety.hazard.transition", label(h.getStatus()),
					label(HazardStatus.RECTIFIED));
		}
		List<Problem> problems = new ArrayList<>();
		String text = text(problems, "note", note, 500, true);
		if (rectifiedOn == null) {
			problems.add(new Problem("rectifiedOn", "safety.required"));
		}
		else if (rectifiedOn.isBefore(h.getFoundOn()) || rectifiedOn.isAfter(today())) {
			problems.add(new Problem("rectifiedOn", "safety.hazard.rectifiedOn.range", rectifiedOn, h.getFoundOn(),
					today()));
		}
		String type = scanType(problems, "file", content, "safety.evidence");
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		String name = ScannedDocument.safeFileName(fileName, type, "evidence");
		Rectification r = rectifications
			.save(new Rectification(h.getId(), text, rectifiedOn, name, type, content.length, Actor.current()));
		em.flush();
		em.persist(new SafetyFile(r.getId(), content));
		move(h, HazardStatus.RECTIFIED, rectifiedOn, text,
				List.of(new Change("evidence", null, name), new Change("rectifiedOn", null, rectifiedOn.toString())));
		return hazard(scope, hazardId);
	}

	/**
	 * The re-check (复查) of a rectified hazard: passed closes it (only a rectified hazard,
	 * hence one with evidence, can pass), failed reopens it for another rectification; a
	 * failed re-check needs a note.
	 */
	@Transactional
	public HazardDetail recheck(DataScope scope, long hazardId, RecheckForm form) {
		SafetyHazard h = visibleHazard(scope, hazardId);
		if (form == null || form.passed() == null) {
			throw new Rejection("passed", "safety.required");
		}
		HazardStatus to = form.passed() ? HazardStatus.CLOSED : HazardStatus.REOPENED;
		List<Problem> problems = new ArrayList<>();
		String note = text(problems, "note", form.note(), 500, false);
		// The shared closed loop decides; the wording stays the hazard's.
		ClosedLoop.Refusal refusal = ClosedLoop
			.refuseRecheck(h.getStatus().loop(), form.passed(),
					rectifications.findByHazardIdOrderByIdAsc(h.getId()).size(), note != null)
			.orElse(null);
		if (refusal == ClosedLoop.Refusal.WRONG_STEP) {
			throw new Rejection("status", "safety.hazard.transition", label(h.getStatus()), label(to));
		}
		if (refusal == ClosedLoop.Refusal.NO_EVIDENCE) {
			throw new Rejection("status", "safety.hazard.noEvidence");
		}
		if (refusal == ClosedLoop.Refusal.NOTE_REQUIRED) {
			problems.add(new Problem("note", "safety.required"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		move(h, to, today(), note, List.of(new Change("recheck", null, form.passed() ? "passed" : "failed")));
		return hazard(scope, hazardId);
	}

	private void move(SafetyHazard h, HazardStatus to, LocalDate on, String note, List<Change> more) {
		HazardStatus from = h.getStatus();
		h.moveTo(to, on, Actor.current());
		steps.save(new HazardStep(h.getId(), from, to, note, Actor.current()));
		List<Change> changes = new ArrayList<>();
		changes.add(new Change("status", from.name(), to.name()));
		changes.addAll(more);
		audit.record(AuditAction.UPDATE, HAZARD, h.getId(), h.getDescription(), changes);
	}

	/** The evidence scan of a rectification of a hazard in the scope. */
	@Transactional(readOnly = true)
	public SafetyScan evidence(DataScope scope, long hazardId, long rectificationId) {
		SafetyHazard h = visibleHazard(scope, hazardId);
		Rectification r = rectifications.findById(rectificationId)
			.filter(x -> x.getHazardId().equals(h.getId()))
			.orElseThrow(() -> new NotFound("rectification " + rectificationId));
		return new SafetyScan(r.getFileName(), r.getContentType(), em.find(SafetyFile.class, r.getId()).getContent());
	}

	private HazardView hazardView(SafetyHazard h, Map<Long, String> names, LocalDate today) {
		return new HazardView(h.getId(), h.getInspectionId(), h.getUnitId(), names.get(h.getUnitId()), h.getItemCode(),
				h.getLevel(), h.getDescription(), h.getResponsiblePerson(), h.getFoundOn(), h.getDeadline(),
				h.getStatus(), h.getClosedOn(), ClosedLoop.overdueOn(today, h.getDeadline(), h.getClosedOn()));
	}

	// ---- drills

	/** Drills in the scope held in a year, the latest first. */
	@Transactional(readOnly = true)
	public List<DrillView> drills(DataScope scope, int year) {
		checkYear(year);
		List<SafetyDrill> found = drills.findAll(drillsWhere(scope, year), DRILL_ORDER);
		Map<Long, String> names = unitNames(found.stream().map(SafetyDrill::getUnitId).toList());
		return found.stream().map(d -> drillView(d, names)).toList();
	}

	/** One page of {@link #drills(DataScope, int)}, paged in the query. */
	@Transactional(readOnly = true)
	public Page<DrillView> drills(DataScope scope, int year, int page, int size) {
		checkYear(year);
		Page<SafetyDrill> found = drills.findAll(drillsWhere(scope, year),
				Paging.request(page, size, MAX_PAGE_SIZE, DRILL_ORDER));
		Map<Long, String> names = unitNames(found.getContent().stream().map(SafetyDrill::getUnitId).toList());
		return found.map(d -> drillView(d, names));
	}

	private static final Sort DRILL_ORDER = Sort.by(Sort.Order.desc("heldOn"), Sort.Order.desc("id"));

	private Specification<SafetyDrill> drillsWhere(DataScope scope, int year) {
		return this.<SafetyDrill>within(scope)
			.and(between("heldOn", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
	}

	private static DrillView drillView(SafetyDrill d, Map<Long, String> names) {
		return new DrillView(d.getId(), d.getUnitId(), names.get(d.getUnitId()), d.getKind(), d.getHeldOn(),
				d.getParticipants(), d.getNote());
	}

	/** Records a drill of a school or teaching point in the scope. */
	@Transactional
	public DrillView recordDrill(DataScope scope, DrillForm form) {
		if (form == null) {
			throw new Rejection(null, "safety.required");
		}
		UnitView unit = recordUnit(scope, form.unitId());
		List<Problem> problems = new ArrayList<>();
		if (form.kind() == null) {
			problems.add(new Problem("kind", "safety.required"));
		}
		checkPastDay(problems, "heldOn", form.heldOn());
		if (form.participants() == null) {
			problems.add(new Problem("participants", "safety.required"));
		}
		else if (form.participants() < 1 || form.participants() > 100_000) {
			problems.add(new Problem("participants", "safety.drill.participants.invalid", form.participants()));
		}
		String note = text(problems, "note", form.note(), 500, false);
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		SafetyDrill d = drills.save(new SafetyDrill(unit.id(), org.pathOf(unit.id()).orElseThrow(), form.kind(),
				form.heldOn(), form.participants(), note, Actor.current()));
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("unit", unit.code());
		created.put("kind", form.kind());
		created.put("heldOn", form.heldOn());
		created.put("participants", form.participants());
		audit.record(AuditAction.CREATE, "safety.drill", d.getId(), unit.name() + " " + form.kind(),
				Change.created(created));
		return drillView(d, Map.of(unit.id(), unit.name()));
	}

	/**
	 * The evacuation-drill compliance list of a calendar year for the active schools in
	 * the scope: primary, secondary and special schools at least one evacuation drill
	 * every {@link LocalParameter#SAFETY_DRILL_INTERVAL_MONTHS} months, kindergartens
	 * (schools of the preschool stage only) every
	 * {@link LocalParameter#SAFETY_KINDERGARTEN_DRILL_INTERVAL_MONTHS} (the values in
	 * force on 1 January). Periods run from January; only those ended by {@code until}
	 * count, so a period still running is not yet missed. "At least one" includes one.
	 */
	@Transactional(readOnly = true)
	public DrillCompliance drillCompliance(DataScope scope, int year, LocalDate until) {
		checkYear(year);
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		int schoolInterval = rules.parameter(LocalParameter.SAFETY_DRILL_INTERVAL_MONTHS, from).intValue();
		int kindergartenInterval = rules.parameter(LocalParameter.SAFETY_KINDERGARTEN_DRILL_INTERVAL_MONTHS, from)
			.intValue();
		List<UnitView> schools = org
			.listAll(scope, new UnitFilter(null, UnitType.SCHOOL, null, null, null, UnitStatus.ACTIVE, null))
			.stream()
			.filter(u -> kind(u) != null)
			.toList();
		// Evacuation drills per school and month: one read of the year's drills in scope.
		Map<Long, int[]> perMonth = new HashMap<>();
		Set<Long> ids = new HashSet<>(schools.stream().map(UnitView::id).toList());
		for (SafetyDrill d : drills.findAll(this.<SafetyDrill>within(scope)
			.and(between("heldOn", from, to))
			.and((root, q, cb) -> cb.equal(root.get("kind"), DrillKind.EVACUATION)))) {
			if (ids.contains(d.getUnitId())) {
				perMonth.computeIfAbsent(d.getUnitId(), k -> new int[13])[d.getHeldOn().getMonthValue()]++;
			}
		}
		List<SchoolDrillCompliance> rows = new ArrayList<>();
		int compliant = 0;
		for (UnitView school : schools) {
			boolean kindergarten = kind(school) == Boolean.TRUE;
			int interval = kindergarten ? kindergartenInterval : schoolInterval;
			int[] months = perMonth.getOrDefault(school.id(), new int[13]);
			List<DrillPeriod> periods = new ArrayList<>();
			List<Reason> reasons = new ArrayList<>();
			boolean ok = true;
			for (int m = 1; m <= 12; m += interval) {
				YearMonth first = YearMonth.of(year, m);
				YearMonth last = YearMonth.of(year, Math.min(12, m + interval - 1));
				LocalDate end = last.atEndOfMonth();
				if (!end.isBefore(until)) {
					break;
				}
				int held = 0;
				for (int k = m; k <= last.getMonthValue(); k++) {
					held += months[k];
				}
				boolean met = held >= 1;
				periods.add(new DrillPeriod(first.atDay(1), end, held, met));
				if (!met) {
					ok = false;
					reasons.add(new Reason(PolicyRule.SAFETY_DRILLS, "safety.reason.drill.missing",
							first.atDay(1).toString(), end.toString(), interval));
				}
			}
			if (ok) {
				compliant++;
				reasons.add(new Reason(PolicyRule.SAFETY_DRILLS, "safety.reason.drill.met", periods.size(), interval));
			}
			rows.add(new SchoolDrillCompliance(school.id(), school.name(), kindergarten, interval, periods, ok,
					reasons));
		}
		return new DrillCompliance(from, until.isAfter(to) ? to : until.minusDays(1), rows, compliant);
	}

	/**
	 * Whether a school counts as a kindergarten ({@code true}: preschool stage only), as
	 * a primary or secondary school ({@code false}), or not at all ({@code null}:
	 * vocational only).
	 */
	private static Boolean kind(UnitView school) {
		Set<Stage> stages = school.stages() == null ? Set.of() : school.stages();
		if (stages.stream().anyMatch(SCHOOL_STAGES::contains)) {
			return false;
		}
		return stages.contains(Stage.PRESCHOOL) ? true : null;
	}

	// ---- responsibility letters

	/**
	 * The letters of a year in the scope and the active schools still missing a signed
	 * one.
	 */
	@Transactional(readOnly = true)
	public LetterOverview letters(DataScope scope, int year) {
		checkYear(year);
		List<SafetyLetter> found = letters.findAll(
				this.<SafetyLetter>within(scope).and((root, q, cb) -> cb.equal(root.get("year"), year)), Sort.by("id"));
		List<UnitView> schools = org.listAll(scope,
				new UnitFilter(null, UnitType.SCHOOL, null, null, null, UnitStatus.ACTIVE, null));
		Map<Long, String> names = unitNames(found.stream().map(SafetyLetter::getUnitId).toList());
		Map<Long, SafetyLetter> byUnit = new HashMap<>();
		found.forEach(l -> byUnit.put(l.getUnitId(), l));
		List<LetterOverview.MissingLetter> missing = schools.stream()
			.filter(s -> byUnit.get(s.id()) == null || byUnit.get(s.id()).getSignedOn() == null)
			.map(s -> new LetterOverview.MissingLetter(s.id(), s.name(), byUnit.containsKey(s.id())))
			.toList();
		return new LetterOverview(year, found.stream().map(l -> letterView(l, names)).toList(), missing);
	}

	private static LetterView letterView(SafetyLetter l, Map<Long, String> names) {
		return new LetterView(l.getId(), l.getYear(), l.getUnitId(), names.get(l.getUnitId()), l.getIssuedOn(),
				l.getSignedOn(), l.getSignatory(), l.getFileName(), l.getSignedOn() != null);
	}

	/**
	 * Issues the year's letter to every active school in the scope that has none yet.
	 * @return how many letters were issued
	 */
	@Transactional
	public int issueLetters(DataScope scope, int year, LocalDate issuedOn) {
		checkYear(year);
		LocalDate on = issuedOn != null ? issuedOn : today();
		if (on.getYear() < year - 1 || on.getYear() > year || on.isAfter(today())) {
			throw new Rejection("issuedOn", "safety.letter.issuedOn.invalid", on, year);
		}
		int issued = 0;
		for (UnitView s : org.listAll(scope,
				new UnitFilter(null, UnitType.SCHOOL, null, null, null, UnitStatus.ACTIVE, null))) {
			if (letters.findByYearAndUnitId(year, s.id()).isPresent()) {
				continue;
			}
			SafetyLetter l = letters.save(new SafetyLetter(year, s.id(), s.path(), on, Actor.current()));
			audit.record(AuditAction.CREATE, "safety.letter", l.getId(), year + " " + s.name(), List
				.of(new Change("year", null, Integer.toString(year)), new Change("issuedOn", null, on.toString())));
			issued++;
		}
		return issued;
	}

	/**
	 * Records a letter of the scope as signed, with the signed scan; a letter is signed
	 * once.
	 */
	@Transactional
	public LetterView signLetter(DataScope scope, long letterId, LocalDate signedOn, String signatory, String fileName,
			byte[] content) {
		SafetyLetter l = letters.findOne(this.<SafetyLetter>within(scope).and(id(letterId)))
			.orElseThrow(() -> new NotFound("letter " + letterId));
		if (l.getSignedOn() != null) {
			throw new Rejection("signedOn", "safety.letter.alreadySigned", l.getSignedOn());
		}
		List<Problem> problems = new ArrayList<>();
		if (signedOn == null) {
			problems.add(new Problem("signedOn", "safety.required"));
		}
		else if (signedOn.isBefore(l.getIssuedOn()) || signedOn.isAfter(today())) {
			problems.add(new Problem("signedOn", "safety.letter.signedOn.invalid", signedOn, l.getIssuedOn(), today()));
		}
		String who = text(problems, "signatory", signatory, 50, true);
		String type = scanType(problems, "file", content, "safety.letter.file");
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		String name = ScannedDocument.safeFileName(fileName, type, "letter");
		em.persist(new SafetyFile(l.getId(), content));
		l.sign(signedOn, who, name, type, Actor.current());
		audit.record(AuditAction.UPDATE, "safety.letter", l.getId(), l.getYear() + " " + l.getUnitId(),
				List.of(new Change("signedOn", null, signedOn.toString()), new Change("signatory", null, who),
						new Change("file", null, name)));
		return letterView(l, unitNames(List.of(l.getUnitId())));
	}

	@Transactional(readOnly = true)
	public SafetyScan letterFile(DataScope scope, long letterId) {
		SafetyLetter l = letters.findOne(this.<SafetyLetter>within(scope).and(id(letterId)))
			.filter(x -> x.getFileId() != null)
			.orElseThrow(() -> new NotFound("letter " + letterId));
		return new SafetyScan(l.getFileName(), l.getContentType(),
				em.find(SafetyFile.class, l.getFileId()).getContent());
	}

	// ---- incidents

	/** Incidents in the scope that occurred in a year, the latest first. */
	@Transactional(readOnly = true)
	public List<IncidentView> incidents(DataScope scope, int year) {
		checkYear(year);
		List<SafetyIncident> found = incidents.findAll(incidentsWhere(scope, year), INCIDENT_ORDER);
		Map<Long, String> names = unitNames(found.stream().map(SafetyIncident::getUnitId).toList());
		return found.stream().map(i -> incidentView(i, names)).toList();
	}

	/** One page of {@link #incidents(DataScope, int)}, paged in the query. */
	@Transactional(readOnly = true)
	public Page<IncidentView> incidents(DataScope scope, int year, int page, int size) {
		checkYear(year);
		Page<SafetyIncident> found = incidents.findAll(incidentsWhere(scope, year),
				Paging.request(page, size, MAX_PAGE_SIZE, INCIDENT_ORDER));
		Map<Long, String> names = unitNames(found.getContent().stream().map(SafetyIncident::getUnitId).toList());
		return found.map(i -> incidentView(i, names));
	}

	private static final Sort INCIDENT_ORDER = Sort.by(Sort.Order.desc("occurredOn"), Sort.Order.desc("id"));

	private Specification<SafetyIncident> incidentsWhere(DataScope scope, int year) {
		return this.<SafetyIncident>within(scope)
			.and(between("occurredOn", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
	}

	private IncidentView incidentView(SafetyIncident i, Map<Long, String> names) {
		int days = reportDays(i.getOccurredOn());
		return new IncidentView(i.getId(), i.getUnitId(), names.get(i.getUnitId()), i.getKind(), i.getOccurredOn(),
				i.getReportedOn(), i.getInjuries(), i.getDescription(), i.getHandling(), i.getClosedOn(), days,
				i.getReportedOn().isAfter(i.getOccurredOn().plusDays(days)));
	}

	// The reporting deadline in force on the day of the incident.
	private int reportDays(LocalDate occurredOn) {
		return rules.parameter(LocalParameter.SAFETY_INCIDENT_REPORT_DAYS, occurredOn).intValue();
	}

	/**
	 * Records an incident of a school or teaching point in the scope; one reported later
	 * than the deadline after it occurred is kept and flagged late.
	 */
	@Transactional
	public IncidentView reportIncident(DataScope scope, IncidentForm form) {
		if (form == null) {
			throw new Rejection(null, "safety.required");
		}
		UnitView unit = recordUnit(scope, form.unitId());
		List<Problem> problems = new ArrayList<>();
		if (form.kind() == null) {
			problems.add(new Problem("kind", "safety.required"));
		}
		checkPastDay(problems, "occurredOn", form.occurredOn());
		LocalDate reported = form.reportedOn() != null ? form.reportedOn() : today();
		if (form.occurredOn() != null && (reported.isBefore(form.occurredOn()) || reported.isAfter(today()))) {
			problems.add(new Problem("reportedOn", "safety.incident.reportedOn.invalid", reported, form.occurredOn()));
		}
		if (form.injuries() == null) {
			problems.add(new Problem("injuries", "safety.required"));
		}
		else if (form.injuries() < 0 || form.injuries() > 10_000) {
			problems.add(new Problem("injuries", "safety.incident.injuries.invalid", form.injuries()));
		}
		String description = text(problems, "description", form.description(), 500, true);
		String handling = text(problems, "handling", form.handling(), 1000, false);
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		SafetyIncident i = incidents.save(new SafetyIncident(unit.id(), org.pathOf(unit.id()).orElseThrow(),
				form.kind(), form.occurredOn(), reported, form.injuries(), description, handling, Actor.current()));
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("unit", unit.code());
		created.put("kind", form.kind());
		created.put("occurredOn", form.occurredOn());
		created.put("reportedOn", reported);
		created.put("injuries", form.injuries());
		created.put("description", description);
		audit.record(AuditAction.CREATE, "safety.incident", i.getId(), unit.name() + " " + form.kind(),
				Change.created(created));
		return incidentView(i, Map.of(unit.id(), unit.name()));
	}

	/** Closes an open incident of the scope with how it was handled. */
	@Transactional
	public IncidentView closeIncident(DataScope scope, long incidentId, IncidentCloseForm form) {
		SafetyIncident i = incidents.findOne(this.<SafetyIncident>within(scope).and(id(incidentId)))
			.orElseThrow(() -> new NotFound("incident " + incidentId));
		if (i.getClosedOn() != null) {
			throw new Rejection("closedOn", "safety.incident.alreadyClosed", i.getClosedOn());
		}
		List<Problem> problems = new ArrayList<>();
		LocalDate on = form == null || form.closedOn() == null ? today() : form.closedOn();
		if (on.isBefore(i.getOccurredOn()) || on.isAfter(today())) {
			problems.add(new Problem("closedOn", "safety.incident.closedOn.invalid", on, i.getOccurredOn()));
		}
		String handling = text(problems, "handling", form == null ? null : form.handling(), 1000, true);
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		String before = i.getHandling();
		i.close(on, handling, Actor.current());
		audit.record(AuditAction.UPDATE, "safety.incident", i.getId(), i.getDescription(),
				List.of(new Change("closedOn", null, on.toString()), new Change("handling", before, handling)));
		return incidentView(i, unitNames(List.of(i.getUnitId())));
	}

	// ---- for the figures: set-based counts in the scope

	long countInspections(DataScope scope, LocalDate from, LocalDate to) {
		return inspections.count(this.<SafetyInspection>within(scope).and(between("inspectedOn", from, to)));
	}

	List<SafetyInspection> inspectionsBetween(DataScope scope, LocalDate from, LocalDate to) {
		return inspections.findAll(this.<SafetyInspection>within(scope).and(between("inspectedOn", from, to)),
				Sort.by("inspectedOn", "id"));
	}

	Specification<SafetyHazard> hazardsFound(DataScope scope, LocalDate from, LocalDate to) {
		return this.<SafetyHazard>within(scope).and(between("foundOn", from, to));
	}

	Specification<SafetyHazard> hazardsClosed(DataScope scope, LocalDate from, LocalDate to) {
		return this.<SafetyHazard>within(scope)
			.and((root, q, cb) -> cb.equal(root.get("status"), HazardStatus.CLOSED))
			.and(between("closedOn", from, to));
	}

	/**
	 * Overdue on a day: found by then, past the deadline then, and not closed by then.
	 */
	Specification<SafetyHazard> hazardsOverdueOn(DataScope scope, LocalDate day) {
		return this.<SafetyHazard>within(scope)
			.and((root, q, cb) -> cb.and(cb.lessThanOrEqualTo(root.get("foundOn"), day),
					cb.lessThanOrEqualTo(root.get("deadline"), ClosedLoop.latestOverdueDeadline(day)),
					cb.or(cb.isNull(root.get("closedOn")), cb.greaterThan(root.get("closedOn"), day))));
	}

	long countHazards(Specification<SafetyHazard> where) {
		return hazards.count(where);
	}

	List<HazardView> hazardRows(Specification<SafetyHazard> where) {
		List<SafetyHazard> found = hazards.findAll(where, Sort.by("deadline", "id"));
		Map<Long, String> names = unitNames(found.stream().map(SafetyHazard::getUnitId).toList());
		LocalDate today = today();
		return found.stream().map(h -> hazardView(h, names, today)).toList();
	}

	long countDrills(DataScope scope, LocalDate from, LocalDate to) {
		return drills.count(this.<SafetyDrill>within(scope).and(between("heldOn", from, to)));
	}

	long countIncidents(DataScope scope, LocalDate from, LocalDate to) {
		return incidents.count(this.<SafetyIncident>within(scope).and(between("occurredOn", from, to)));
	}

	long countLettersSigned(DataScope scope, int year) {
		return letters.count(this.<SafetyLetter>within(scope)
			.and((root, q, cb) -> cb.and(cb.equal(root.get("year"), year), cb.isNotNull(root.get("signedOn")))));
	}

	Map<Long, String> names(List<Long> unitIds) {
		return unitNames(unitIds);
	}

	// ---- checks

	private static void checkYear(int year) {
		if (year < 2000 || year > 2100) {
			throw Rejection.malformed("year", "safety.year", year);
		}
	}

	private void checkPastDay(List<Problem> problems, String field, LocalDate day) {
		if (day == null) {
			problems.add(new Problem(field, "safety.required"));
		}
		else if (day.isBefore(EARLIEST) || day.isAfter(today())) {
			problems.add(new Problem(field, "safety.date.range", day, EARLIEST, today()));
		}
	}

	private static String text(List<Problem> problems, String field, String value, int max, boolean required) {
		String v = value == null || value.isBlank() ? null : value.strip();
		if (v == null && required) {
			problems.add(new Problem(field, "safety.required"));
		}
		else if (v != null && v.length() > max) {
			problems.add(new Problem(field, "safety.tooLong", max));
		}
		return v;
	}

	private static String scanType(List<Problem> problems, String field, byte[] content, String prefix) {
		if (content == null || content.length == 0) {
			problems.add(new Problem(field, prefix + ".empty"));
			return null;
		}
		if (content.length > MAX_SCAN_BYTES) {
			problems.add(new Problem(field, "safety.scan.tooLarge", MAX_SCAN_BYTES / (1024 * 1024)));
			return null;
		}
		String type = ScannedDocument.contentType(content);
		if (type == null) {
			problems.add(new Problem(field, "safety.scan.type"));
		}
		return type;
	}

	// Worded in the reader's language when the message is resolved, never shown as a
	// code.
	private static DefaultMessageSourceResolvable label(HazardStatus status) {
		return new DefaultMessageSourceResolvable(new String[] { "enum.HazardStatus." + status.name() }, status.name());
	}

	LocalDate today() {
		return LocalDate.now();
	}

}
