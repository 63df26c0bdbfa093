package io.edubureau.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
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
import io.edubureau.platform.ScannedDocument;
import io.edubureau.rules.ClosedLoop;
import io.edubureau.rules.LocalParameter;
import io.edubureau.rules.PeriodEnd;
import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;
import io.edubureau.rules.RulesManagement;

import org.springframework.context.event.EventListener;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervision's public face. Every call takes the caller's {@link DataScope}; a record of
 * a unit outside it is not found (404), exactly like a missing one. Every change is
 * audited in its transaction.
 */
@Service
public class SupervisionManagement {

	/** Evidence: PDF, JPEG or PNG by its first bytes, at most 10 MB. */
	static final int MAX_SCAN_BYTES = 10 * 1024 * 1024;

	// No supervision record predates the system's oldest data.
	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	static final String ITEM = "supervision.item";

	private final SupervisionVisitRepository visits;

	private final SupervisionScoreRepository scores;

	private final SupervisionItemRepository items;

	private final SupervisionStepRepository steps;

	private final SupervisionEvidenceRepository evidence;

	private final OrgManagement org;

	private final RulesManagement rules;

	private final AuditManagement audit;

	private final EntityManager em;

	SupervisionManagement(SupervisionVisitRepository visits, SupervisionScoreRepository scores,
			SupervisionItemRepository items, SupervisionStepRepository steps, SupervisionEvidenceRepository evidence,
			OrgManagement org, RulesManagement rules, AuditManagement audit, EntityManager em) {
		this.visits = visits;
		this.scores = scores;
		this.items = items;
		this.steps = steps;
		this.evidence = evidence;
		this.org = org;
		this.rules = rules;
		this.audit = audit;
		this.em = em;
	}

	// ---- scope

	/**
	 * The data scope as a predicate on the record's copied unit id and path; fail-closed.
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

	/** A school or teaching point in the scope, for a new visit. */
	private UnitView visitedUnit(DataScope scope, Long unitId) {
		if (unitId == null) {
			throw new Rejection("unitId", "supervision.required");
		}
		UnitView unit = org.get(scope, unitId);
		if (unit.type() != UnitType.SCHOOL && unit.type() != UnitType.TEACHING_POINT) {
			throw new Rejection("unitId", "supervision.unit.notSchool", unit.name());
		}
		return unit;
	}

	/** Schools and teaching points in the scope a visit may be recorded for. */
	@Transactional(readOnly = true)
	public List<UnitView> schools(DataScope scope) {
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

	@EventListener
	void on(UnitMoved moved) {
		visits.moveUnitPaths(moved.oldPath(), moved.newPath());
		items.moveUnitPaths(moved.oldPath(), moved.newPath());
	}

	// ---- visits

	/** The indicator set template of every programme. */
	public Map<SupervisionProgramme, List<String>> programmes() {
		Map<SupervisionProgramme, List<String>> all = new LinkedHashMap<>();
		for (SupervisionProgramme p : SupervisionProgramme.values()) {
			all.put(p, p.indicators());
		}
		return all;
	}

	/**
	 * Visits in the scope made in a year, optionally of one programme, the latest first.
	 */
	@Transactional(readOnly = true)
	public List<VisitView> visits(DataScope scope, int year, SupervisionProgramme programme) {
		return visitViews(visits.findAll(visitsWhere(scope, year, programme), VISIT_ORDER));
	}

	/**
	 * One page of {@link #visits(DataScope, int, SupervisionProgramme)}, paged in the
	 * query.
	 */
	@Transactional(readOnly = true)
	public Page<VisitView> visits(DataScope scope, int year, SupervisionProgramme programme, int page, int size) {
		Page<SupervisionVisit> found = visits.findAll(visitsWhere(scope, year, programme),
				Paging.request(page, size, MAX_PAGE_SIZE, VISIT_ORDER));
		return new PageImpl<>(visitViews(found.getContent()), found.getPageable(), found.getTotalElements());
	}

	private static final Sort VISIT_ORDER = Sort.by(Sort.Order.desc("visitedOn"), Sort.Order.desc("id"));

	/** The largest page the API answers. */
	static final int MAX_PAGE_SIZE = 200;

	private Specification<SupervisionVisit> visitsWhere(DataScope scope, int year, SupervisionProgramme programme) {
		checkYear(year);
		Specification<SupervisionVisit> where = this.<SupervisionVisit>within(scope)
			.and(between("visitedOn", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
		if (programme != null) {
			where = where.and((root, q, cb) -> cb.equal(root.get("programme"), programme));
		}
		return where;
	}

	private List<VisitView> visitViews(List<SupervisionVisit> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		List<Long> ids = found.stream().map(SupervisionVisit::getId).toList();
		Map<Long, List<ScoreView>> byVisit = new HashMap<>();
		Map<Long, int[]> itemCounts = new HashMap<>();
		for (int i = 0; i < ids.size(); i += 1000) {
			List<Long> part = ids.subList(i, Math.min(ids.size(), i + 1000));
			scores.findByVisitIdInOrderByIdAsc(part)
				.forEach(s -> byVisit.computeIfAbsent(s.getVisitId(), k -> new ArrayList<>())
					.add(new ScoreView(s.getIndicator(), s.getScore(), SupervisionProgramme.MAX_SCORE, s.getNote())));
			items.findAll((root, q, cb) -> root.get("visitId").in(part)).forEach(it -> {
				int[] c = itemCounts.computeIfAbsent(it.getVisitId(), k -> new int[2]);
				c[0]++;
				if (it.getStatus() != RectificationStatus.CLOSED) {
					c[1]++;
				}
			});
		}
		Map<Long, String> names = unitNames(found.stream().map(SupervisionVisit::getUnitId).toList());
		return found.stream().map(v -> {
			List<ScoreView> s = byVisit.getOrDefault(v.getId(), List.of());
			int total = s.stream().mapToInt(ScoreView::score).sum();
			int max = s.size() * SupervisionProgramme.MAX_SCORE;
			int[] c = itemCounts.getOrDefault(v.getId(), new int[2]);
			return new VisitView(v.getId(), v.getUnitId(), names.get(v.getUnitId()), v.getProgramme(), v.getVisitedOn(),
					v.getSupervisors(), v.getSummary(), s, total, max, percent(total, max), c[0], c[1]);
		}).toList();
	}

	// Percent with one decimal from integers, half up; none without a maximum.
	static BigDecimal percent(long part, long whole) {
		if (whole <= 0) {
			return null;
		}
		return BigDecimal.valueOf(part * 1000)
			.divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP)
			.movePointLeft(1);
	}

	@Transactional(readOnly = true)
	public VisitView visit(DataScope scope, long id) {
		return visitViews(List.of(visibleVisit(scope, id))).get(0);
	}

	private SupervisionVisit visibleVisit(DataScope scope, long id) {
		return visits.findOne(this.<SupervisionVisit>within(scope).and(id(id)))
			.orElseThrow(() -> new NotFound("visit " + id));
	}

	/**
	 * Records a visit to a school or teaching point in the scope with one score (0 to 10)
	 * per indicator of its programme.
	 */
	@Transactional
	public VisitView recordVisit(DataScope scope, VisitForm form) {
		if (form == null) {
			throw new Rejection(null, "supervision.required");
		}
		UnitView unit = visitedUnit(scope, form.unitId());
		List<Problem> problems = new ArrayList<>();
		if (form.programme() == null) {
			problems.add(new Problem("programme", "supervision.required"));
		}
		if (form.visitedOn() == null) {
			problems.add(new Problem("visitedOn", "supervision.required"));
		}
		else if (form.visitedOn().isBefore(EARLIEST) || form.visitedOn().isAfter(today())) {
			problems.add(new Problem("visitedOn", "supervision.date.range", form.visitedOn(), EARLIEST, today()));
		}
		String supervisors = text(problems, "supervisors", form.supervisors(), 100, true);
		String summary = text(problems, "summary", form.summary(), 1000, false);
		Map<String, ScoreEntry> given = new LinkedHashMap<>();
		if (form.programme() != null) {
			for (ScoreEntry s : form.scores() == null ? List.<ScoreEntry>of() : form.scores()) {
				if (s == null || s.indicator() == null || !form.programme().indicators().contains(s.indicator())) {
					problems.add(new Problem("scores", "supervision.indicator.unknown",
							s == null ? "" : String.valueOf(s.indicator())));
				}
				else if (given.putIfAbsent(s.indicator(), s) != null) {
					problems.add(new Problem("scores." + s.indicator(), "supervision.indicator.twice",
							indicatorLabel(s.indicator())));
				}
			}
			for (String indicator : form.programme().indicators()) {
				ScoreEntry s = given.get(indicator);
				if (s == null || s.score() == null) {
					problems.add(
							new Problem("scores." + indicator, "supervision.score.missing", indicatorLabel(indicator)));
				}
				else if (s.score() < 0 || s.score() > SupervisionProgramme.MAX_SCORE) {
					problems.add(new Problem("scores." + indicator, "supervision.score.range",
							indicatorLabel(indicator), s.score(), SupervisionProgramme.MAX_SCORE));
				}
				else {
					text(problems, "scores." + indicator, s.note(), 300, false);
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		SupervisionVisit v = visits.save(new SupervisionVisit(unit.id(), org.pathOf(unit.id()).orElseThrow(),
				form.programme(), form.visitedOn(), supervisors, summary, Actor.current()));
		Map<String, Object> scored = new LinkedHashMap<>();
		for (String indicator : form.programme().indicators()) {
			ScoreEntry s = given.get(indicator);
			String note = s.note() == null || s.note().isBlank() ? null : s.note().strip();
			scores.save(new IndicatorScore(v.getId(), indicator, s.score(), note));
			scored.put(indicator, s.score());
		}
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("unit", unit.code());
		created.put("programme", form.programme());
		created.put("visitedOn", form.visitedOn());
		created.put("supervisors", supervisors);
		created.put("scores", scored);
		audit.record(AuditAction.CREATE, "supervision.visit", v.getId(),
				unit.name() + " " + form.programme() + " " + form.visitedOn(), Change.created(created));
		return visitViews(List.of(v)).get(0);
	}

	// ---- rectification items and their closed loop

	/**
	 * Records a finding of a visit in the scope as a rectification item. Its deadline is
	 * the day given (on or after the visit, within a year of it), or else the end of the
	 * rectification period ({@link LocalParameter#SUPERVISION_RECTIFICATION_DAYS}, in
	 * force on the visit day) counted from the visit day as policy rules §12 counts days.
	 */
	@Transactional
	public ItemView recordItem(DataScope scope, long visitId, ItemForm form) {
		SupervisionVisit visit = visibleVisit(scope, visitId);
		if (form == null) {
			throw new Rejection(null, "supervision.required");
		}
		List<Problem> problems = new ArrayList<>();
		String indicator = form.indicator() == null || form.indicator().isBlank() ? null : form.indicator().strip();
		if (indicator != null && !visit.getProgramme().indicators().contains(indicator)) {
			problems.add(new Problem("indicator", "supervision.indicator.unknown", indicator));
		}
		String finding = text(problems, "finding", form.finding(), 500, true);
		String responsible = text(problems, "responsiblePerson", form.responsiblePerson(), 50, true);
		if (form.deadline() != null && form.deadline().isBefore(visit.getVisitedOn())) {
			problems.add(new Problem("deadline", "supervision.item.deadline.beforeVisit", form.deadline(),
					visit.getVisitedOn()));
		}
		else if (form.deadline() != null && form.deadline().isAfter(visit.getVisitedOn().plusYears(1))) {
			problems.add(new Problem("deadline", "supervision.item.deadline.tooLate", form.deadline(),
					visit.getVisitedOn().plusYears(1)));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		LocalDate deadline = form.deadline();
		Integer days = null;
		if (deadline == null) {
			days = rectificationDays(visit.getVisitedOn());
			deadline = period(visit.getVisitedOn(), days).due();
		}
		RectificationItem item = items
			.save(new RectificationItem(visit, indicator, finding, responsible, deadline, days, Actor.current()));
		steps.save(new RectificationStep(item.getId(), null, RectificationStatus.OPEN, finding, Actor.current()));
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("visit", visit.getId());
		created.put("indicator", indicator);
		created.put("finding", finding);
		created.put("responsiblePerson", responsible);
		created.put("deadline", deadline);
		created.put("status", RectificationStatus.OPEN);
		audit.record(AuditAction.CREATE, ITEM, item.getId(), finding, Change.created(created));
		return itemView(item, unitNames(List.of(item.getUnitId())), today());
	}

	private int rectificationDays(LocalDate on) {
		return rules.parameter(LocalParameter.SUPERVISION_RECTIFICATION_DAYS, on).intValue();
	}

	private PeriodEnd period(LocalDate start, int days) {
		return rules.periodEnd(PolicyRule.SUPERVISION_RECTIFICATION, start, days, false);
	}

	/**
	 * Rectification items in the scope, the nearest deadline first; optionally of one
	 * status or only the overdue ones.
	 */
	@Transactional(readOnly = true)
	public List<ItemView> items(DataScope scope, RectificationStatus status, boolean overdueOnly) {
		return itemRows(itemsWhere(scope, status, overdueOnly));
	}

	/**
	 * One page of {@link #items(DataScope, RectificationStatus, boolean)}, paged in the
	 * query.
	 */
	@Transactional(readOnly = true)
	public Page<ItemView> items(DataScope scope, RectificationStatus status, boolean overdueOnly, int page, int size) {
		Page<RectificationItem> found = items.findAll(itemsWhere(scope, status, overdueOnly),
				Paging.request(page, size, MAX_PAGE_SIZE, Sort.by("deadline", "id")));
		return new PageImpl<>(itemViews(found.getContent()), found.getPageable(), found.getTotalElements());
	}

	/**
	 * The overdue rectification items of the scope (for the home page): how many, and the
	 * first few by deadline, counted in the query.
	 */
	@Transactional(readOnly = true)
	public OverdueItems overdueItems(DataScope scope, int limit) {
		Page<RectificationItem> found = items.findAll(itemsWhere(scope, null, true),
				PageRequest.of(0, Math.max(1, limit), Sort.by("deadline", "id")));
		return new OverdueItems(found.getTotalElements(), itemViews(found.getContent()));
	}

	private Specification<RectificationItem> itemsWhere(DataScope scope, RectificationStatus status,
			boolean overdueOnly) {
		LocalDate today = today();
		Specification<RectificationItem> where = within(scope);
		if (status != null) {
			where = where.and((root, q, cb) -> cb.equal(root.get("status"), status));
		}
		if (overdueOnly) {
			where = where.and((root, q, cb) -> cb.and(
					cb.lessThanOrEqualTo(root.get("deadline"), ClosedLoop.latestOverdueDeadline(today)),
					cb.notEqual(root.get("status"), RectificationStatus.CLOSED)));
		}
		return where;
	}

	/** The rectification items a visit in the scope found. */
	@Transactional(readOnly = true)
	public List<ItemView> itemsOf(DataScope scope, long visitId) {
		visibleVisit(scope, visitId);
		return itemViews(items.findByVisitIdOrderByIdAsc(visitId));
	}

	@Transactional(readOnly = true)
	public ItemDetail item(DataScope scope, long id) {
		RectificationItem i = visibleItem(scope, id);
		List<Reason> reasons = i.getDeadlineDays() == null ? List.of()
				: period(i.getFoundOn(), i.getDeadlineDays()).reasons();
		List<EvidenceView> onRecord = evidence.findByItemIdOrderByIdAsc(i.getId())
			.stream()
			.map(RectificationEvidence::toView)
			.toList();
		return new ItemDetail(itemView(i, unitNames(List.of(i.getUnitId())), today()),
				steps.findByItemIdOrderByIdAsc(i.getId()).stream().map(RectificationStep::toView).toList(), onRecord,
				reasons, ClosedLoop.reasons(PolicyRule.SUPERVISION_RECTIFICATION, i.getStatus().loop(), onRecord.size(),
						i.getDeadline(), i.getClosedOn(), today()));
	}

	private RectificationItem visibleItem(DataScope scope, long id) {
		return items.findOne(this.<RectificationItem>within(scope).and(id(id)))
			.orElseThrow(() -> new NotFound("rectification item " + id));
	}

	/**
	 * Records the school's rectification (整改) of an open or reopened item with its
	 * evidence scan (PDF, JPEG or PNG by its first bytes): the item becomes RECTIFIED and
	 * waits for the re-check. Without evidence nothing is recorded.
	 */
	@Transactional
	public ItemDetail rectify(DataScope scope, long itemId, String note, LocalDate rectifiedOn, String fileName,
			byte[] content) {
		RectificationItem i = visibleItem(scope, itemId);
		if (!RectificationItem.allowed(i.getStatus(), RectificationStatus.RECTIFIED)) {
			throw new Rejection("status", "supervision.item.transition", label(i.getStatus()),
					label(RectificationStatus.RECTIFIED));
		}
		List<Problem> problems = new ArrayList<>();
		String text = text(problems, "note", note, 500, true);
		if (rectifiedOn == null) {
			problems.add(new Problem("rectifiedOn", "supervision.required"));
		}
		else if (rectifiedOn.isBefore(i.getFoundOn()) || rectifiedOn.isAfter(today())) {
			problems.add(new Problem("rectifiedOn", "supervision.date.range", rectifiedOn, i.getFoundOn(), today()));
		}
		String type = scanType(problems, content);
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		String name = ScannedDocument.safeFileName(fileName, type, "evidence");
		RectificationEvidence e = evidence
			.save(new RectificationEvidence(i.getId(), text, rectifiedOn, name, type, content.length, Actor.current()));
		em.flush();
		em.persist(new SupervisionFile(e.getId(), content));
		move(i, RectificationStatus.RECTIFIED, rectifiedOn, text,
				List.of(new Change("evidence", null, name), new Change("rectifiedOn", null, rectifiedOn.toString())));
		return item(scope, itemId);
	}

	/**
	 * The re-check (复查) of a rectified item: passed closes it (only a rectified item,
	 * hence one with evidence, can pass), failed reopens it; a failed re-check needs a
	 * note.
	 */
	@Transactional
	public ItemDetail recheck(DataScope scope, long itemId, RecheckForm form) {
		RectificationItem i = visibleItem(scope, itemId);
		if (form == null || form.passed() == null) {
			throw new Rejection("passed", "supervision.required");
		}
		RectificationStatus to = form.passed() ? RectificationStatus.CLOSED : RectificationStatus.REOPENED;
		List<Problem> problems = new ArrayList<>();
		String note = text(problems, "note", form.note(), 500, false);
		// The shared closed loop decides; the wording stays the item's.
		ClosedLoop.Refusal refusal = ClosedLoop
			.refuseRecheck(i.getStatus().loop(), form.passed(), evidence.findByItemIdOrderByIdAsc(i.getId()).size(),
					note != null)
			.orElse(null);
		if (refusal == ClosedLoop.Refusal.WRONG_STEP) {
			throw new Rejection("status", "supervision.item.transition", label(i.getStatus()), label(to));
		}
		if (refusal == ClosedLoop.Refusal.NO_EVIDENCE) {
			throw new Rejection("status", "supervision.item.noEvidence");
		}
		if (refusal == ClosedLoop.Refusal.NOTE_REQUIRED) {
			problems.add(new Problem("note", "supervision.required"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		move(i, to, today(), note, List.of(new Change("recheck", null, form.passed() ? "passed" : "failed")));
		return item(scope, itemId);
	}

	private void move(RectificationItem i, RectificationStatus to, LocalDate on, String note, List<Change> more) {
		RectificationStatus from = i.getStatus();
		i.moveTo(to, on, Actor.current());
		steps.save(new RectificationStep(i.getId(), from, to, note, Actor.current()));
		List<Change> changes = new ArrayList<>();
		changes.add(new Change("status", from.name(), to.name()));
		changes.addAll(more);
		audit.record(AuditAction.UPDATE, ITEM, i.getId(), i.getFinding(), changes);
	}

	/** The evidence scan of a rectification of an item in the scope. */
	@Transactional(readOnly = true)
	public SupervisionScan evidence(DataScope scope, long itemId, long evidenceId) {
		RectificationItem i = visibleItem(scope, itemId);
		RectificationEvidence e = evidence.findById(evidenceId)
			.filter(x -> x.getItemId().equals(i.getId()))
			.orElseThrow(() -> new NotFound("evidence " + evidenceId));
		return new SupervisionScan(e.getFileName(), e.getContentType(),
				em.find(SupervisionFile.class, e.getId()).getContent());
	}

	private ItemView itemView(RectificationItem i, Map<Long, String> names, LocalDate today) {
		return new ItemView(i.getId(), i.getVisitId(), i.getUnitId(), names.get(i.getUnitId()), i.getIndicator(),
				i.getFinding(), i.getResponsiblePerson(), i.getFoundOn(), i.getDeadline(), i.getStatus(),
				i.getClosedOn(), ClosedLoop.overdueOn(today, i.getDeadline(), i.getClosedOn()));
	}

	// ---- the report per school

	/**
	 * The supervision report of a school or teaching point in the scope for a year: its
	 * visits with their scores, and the items they found with where each stands.
	 */
	@Transactional(readOnly = true)
	public SchoolReport report(DataScope scope, long unitId, int year) {
		checkYear(year);
		UnitView unit = org.get(scope, unitId);
		Specification<SupervisionVisit> ofUnit = (root, q, cb) -> cb.equal(root.get("unitId"), unitId);
		List<VisitView> visited = visitViews(visits.findAll(
				this.<SupervisionVisit>within(scope)
					.and(ofUnit)
					.and(between("visitedOn", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))),
				Sort.by("visitedOn", "id")));
		List<Long> visitIds = visited.stream().map(VisitView::id).toList();
		List<ItemView> found = visitIds.isEmpty() ? List.of() : itemRows(
				this.<RectificationItem>within(scope).and((root, q, cb) -> root.get("visitId").in(visitIds)));
		int closed = (int) found.stream().filter(i -> i.status() == RectificationStatus.CLOSED).count();
		int overdue = (int) found.stream().filter(ItemView::overdue).count();
		return new SchoolReport(unit.id(), unit.name(), year, visited, found, closed, overdue);
	}

	/** Writes the export of a school's report to the audit trail. */
	@Transactional
	public void recordReportExport(SchoolReport report, String format) {
		audit.record(AuditAction.EXPORT, "supervision.report", report.unitId(), report.unitName() + " " + report.year(),
				List.of(new Change("format", null, format), new Change("rows", null, Integer.toString(
						report.visits().stream().mapToInt(v -> v.scores().size()).sum() + report.items().size()))));
	}

	// ---- for the figures and the import: set-based reads in the scope

	Specification<SupervisionVisit> visitsBetween(DataScope scope, LocalDate from, LocalDate to) {
		return this.<SupervisionVisit>within(scope).and(between("visitedOn", from, to));
	}

	long countVisits(Specification<SupervisionVisit> where) {
		return visits.count(where);
	}

	List<VisitView> visitRows(Specification<SupervisionVisit> where) {
		return visitViews(visits.findAll(where, Sort.by("visitedOn", "id")));
	}

	Specification<RectificationItem> itemsFound(DataScope scope, LocalDate from, LocalDate to) {
		return this.<RectificationItem>within(scope).and(between("foundOn", from, to));
	}

	Specification<RectificationItem> itemsClosed(DataScope scope, LocalDate from, LocalDate to) {
		return this.<RectificationItem>within(scope)
			.and((root, q, cb) -> cb.equal(root.get("status"), RectificationStatus.CLOSED))
			.and(between("closedOn", from, to));
	}

	long countItems(Specification<RectificationItem> where) {
		return items.count(where);
	}

	List<ItemView> itemRows(Specification<RectificationItem> where) {
		return itemViews(items.findAll(where, Sort.by("deadline", "id")));
	}

	// One read of the units' names for all the items, not one per item.
	private List<ItemView> itemViews(List<RectificationItem> found) {
		Map<Long, String> names = unitNames(found.stream().map(RectificationItem::getUnitId).toList());
		LocalDate today = today();
		return found.stream().map(i -> itemView(i, names, today)).toList();
	}

	// ---- checks

	static void checkYear(int year) {
		if (year < 2000 || year > 2100) {
			throw Rejection.malformed("year", "supervision.year", year);
		}
	}

	private static String text(List<Problem> problems, String field, String value, int max, boolean required) {
		String v = value == null || value.isBlank() ? null : value.strip();
		if (v == null && required) {
			problems.add(new Problem(field, "supervision.required"));
		}
		else if (v != null && v.length() > max) {
			problems.add(new Problem(field, "supervision.tooLong", max));
		}
		return v;
	}

	private static String scanType(List<Problem> problems, byte[] content) {
		if (content == null || content.length == 0) {
			problems.add(new Problem("file", "supervision.evidence.empty"));
			return null;
		}
		if (content.length > MAX_SCAN_BYTES) {
			problems.add(new Problem("file", "supervision.scan.tooLarge", MAX_SCAN_BYTES / (1024 * 1024)));
			return null;
		}
		String type = ScannedDocument.contentType(content);
		if (type == null) {
			problems.add(new Problem("file", "supervision.scan.type"));
		}
		return type;
	}

	// Worded in the reader's language when the message is resolved, never shown as a
	// code.
	private static DefaultMessageSourceResolvable label(RectificationStatus status) {
		return new DefaultMessageSourceResolvable(new String[] { "enum.RectificationStatus." + status.name() },
				status.name());
	}

	private static DefaultMessageSourceResolvable indicatorLabel(String indicator) {
		return new DefaultMessageSourceResolvable(new String[] { "supervision.indicator." + indicator }, indicator);
	}

	LocalDate today() {
		return LocalDate.now();
	}

}
