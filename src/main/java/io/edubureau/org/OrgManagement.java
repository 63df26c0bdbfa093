package io.edubureau.org;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.platform.Actor;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation registry's public face. Every read takes the caller's
 * {@link DataScope}; a unit outside it is reported as not found, so guessing ids reveals
 * nothing.
 */
@Service
public class OrgManagement {

	static final String ENTITY = "org.unit";

	private final UnitRepository units;

	private final EnrolmentRepository enrolments;

	private final AuditManagement audit;

	private final ApplicationEventPublisher events;

	private final UnitBulkLoad bulk;

	private final ObjectProvider<UnitPrincipals> principalSources;

	OrgManagement(UnitRepository units, EnrolmentRepository enrolments, AuditManagement audit,
			ApplicationEventPublisher events, UnitBulkLoad bulk, ObjectProvider<UnitPrincipals> principalSources) {
		this.bulk = bulk;
		this.principalSources = principalSources;
		this.units = units;
		this.enrolments = enrolments;
		this.audit = audit;
		this.events = events;
	}

	// ---- reading

	@Transactional(readOnly = true)
	public Page<UnitView> list(DataScope scope, UnitFilter filter, Pageable pageable) {
		Page<Unit> page = units.findAll(where(scope, filter), pageable);
		Map<Long, String> parentCodes = parentCodes(page.getContent());
		Map<Long, UnitPrincipals.Principal> principals = principals(page.getContent());
		return page.map(u -> toView(u, parentCodes.get(u.getParentId()), principals.get(u.getId())));
	}

	@Transactional(readOnly = true)
	public List<UnitView> listAll(DataScope scope, UnitFilter filter) {
		List<Unit> all = units.findAll(where(scope, filter), org.springframework.data.domain.Sort.by("path"));
		Map<Long, String> parentCodes = parentCodes(all);
		Map<Long, UnitPrincipals.Principal> principals = principals(all);
		return all.stream().map(u -> toView(u, parentCodes.get(u.getParentId()), principals.get(u.getId()))).toList();
	}

	@Transactional(readOnly = true)
	public UnitView get(DataScope scope, long id) {
		return toView(visible(scope, id));
	}

	@Transactional(readOnly = true)
	public Optional<UnitView> findByCode(DataScope scope, String code) {
		return units.findByCode(code).filter(u -> isVisible(scope, u)).map(this::toView);
	}

	/**
	 * The data scope as a predicate on a record that copies its unit's tree path
	 * ({@code unitPath}): everything, one unit (its path exactly), or a unit and below;
	 * fail-closed for a scope without a unit and for one's own records.
	 */
	@Transactional(readOnly = true)
	public <T> Specification<T> unitScope(DataScope scope) {
		if (scope.kind() == ScopeKind.ALL) {
			return (root, q, cb) -> cb.conjunction();
		}
		if (scope.kind() == ScopeKind.SELF || scope.unitId() == null) {
			return (root, q, cb) -> cb.disjunction();
		}
		String path = pathOf(scope.unitId()).orElse(null);
		if (path == null) {
			return (root, q, cb) -> cb.disjunction();
		}
		return scope.kind() == ScopeKind.UNIT ? (root, q, cb) -> cb.equal(root.get("unitPath"), path)
				: (root, q, cb) -> cb.like(root.get("unitPath"), path + "%");
	}

	/**
	 * The data scope as a predicate on a record that keeps only its unit's id (in
	 * {@code attribute}), with the same answer as {@link #isWithin(DataScope, long)}: a
	 * subquery on the tree, so that a paged list applies the scope in its query.
	 */
	@Transactional(readOnly = true)
	public <T> Specification<T> unitIdScope(DataScope scope, String attribute) {
		if (scope.kind() == ScopeKind.ALL) {
			return (root, q, cb) -> cb.conjunction();
		}
		if (scope.unitId() == null) {
			return (root, q, cb) -> cb.disjunction();
		}
		if (scope.kind() != ScopeKind.UNIT_AND_BELOW) {
			return (root, q, cb) -> cb.equal(root.get(attribute), scope.unitId());
		}
		String path = pathOf(scope.unitId()).orElse(null);
		if (path == null) {
			return (root, q, cb) -> cb.disjunction();
		}
		return (root, q, cb) -> {
			Subquery<Long> below = q.subquery(Long.class);
			Root<Unit> unit = below.from(Unit.class);
			below.select(unit.get("id")).where(cb.like(unit.get("path"), path + "%"));
			return root.get(attribute).in(below);
		};
	}

	/**
	 * The tree path of a unit ("/1/7/42/"), for modules that keep a copy for their scope
	 * queries.
	 */
	@Transactional(readOnly = true)
	public Optional<String> pathOf(long unitId) {
		return units.findById(unitId).map(Unit::getPath);
	}

	/**
	 * Units by id, whatever the scope: for labelling records the caller may already see.
	 */
	@Transactional(readOnly = true)
	public Map<Long, UnitView> byIds(Collection<Long> ids) {
		Map<Long, UnitView> map = new HashMap<>();
		// Distinct and in pieces: callers pass one id per record, and PostgreSQL takes at
		// most 65,535 parameters.
		List<Long> distinct = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
		for (int from = 0; from < distinct.size(); from += 1000) {
			List<Long> chunk = distinct.subList(from, Math.min(distinct.size(), from + 1000));
			Map<Long, UnitPrincipals.Principal> principals = principalsOf(chunk);
			for (Object[] row : units.findWithParentCode(chunk)) {
				Unit u = (Unit) row[0];
				map.put(u.getId(), toView(u, (String) row[1], principals.get(u.getId())));
			}
		}
		return map;
	}

	/**
	 * The units above this one, from the top, as far as the scope sees them (for
	 * breadcrumbs).
	 */
	@Transactional(readOnly = true)
	public List<UnitView> ancestors(DataScope scope, long id) {
		Unit unit = visible(scope, id);
		List<Long> ids = new ArrayList<>();
		for (String part : unit.getPath().split("/")) {
			if (!part.isEmpty() && !part.equals(String.valueOf(unit.getId()))) {
				ids.add(Long.valueOf(part));
			}
		}
		Map<Long, Unit> found = new HashMap<>();
		units.findAllById(ids).forEach(u -> found.put(u.getId(), u));
		List<Unit> above = ids.stream().map(found::get).filter(u -> u != null && isVisible(scope, u)).toList();
		Map<Long, String> parentCodes = parentCodes(above);
		Map<Long, UnitPrincipals.Principal> principals = principals(above);
		return above.stream().map(u -> toView(u, parentCodes.get(u.getParentId()), principals.get(u.getId()))).toList();
	}

	/** Whether the unit with that id lies within the scope. */
	@Transactional(readOnly = true)
	public boolean isWithin(DataScope scope, long unitId) {
		return units.findById(unitId).map(u -> isVisible(scope, u)).orElse(false);
	}

	/**
	 * Whether something a unit owns (a registration cycle, a title round) concerns the
	 * scope: the unit lies within the scope, or above the scope's unit (a county bureau's
	 * cycle covers the schools below it).
	 */
	@Transactional(readOnly = true)
	public boolean covers(DataScope scope, Long ownerUnitId) {
		if (scope.kind() == ScopeKind.ALL) {
			return true;
		}
		if (scope.seesNothing() || ownerUnitId == null) {
			return false;
		}
		Optional<String> owner = units.findById(ownerUnitId).map(Unit::getPath);
		Optional<String> mine = units.findById(scope.unitId()).map(Unit::getPath);
		return owner.isPresent() && mine.isPresent()
				&& (owner.get().startsWith(mine.get()) || mine.get().startsWith(owner.get()));
	}

	/**
	 * {@link #covers(DataScope, Long)} as a predicate on a record that keeps its owning
	 * unit's id in {@code attribute}: the owner is the scope's unit, above it (the ids on
	 * its tree path) or below it (a subquery on the tree), so a paged list filters in its
	 * query.
	 */
	@Transactional(readOnly = true)
	public <T> Specification<T> coverScope(DataScope scope, String attribute) {
		if (scope.kind() == ScopeKind.ALL) {
			return (root, q, cb) -> cb.conjunction();
		}
		String path = scope.seesNothing() ? null : pathOf(scope.unitId()).orElse(null);
		if (path == null) {
			return (root, q, cb) -> cb.disjunction();
		}
		List<Long> above = new ArrayList<>();
		for (String part : path.split("/")) {
			if (!part.isEmpty()) {
				above.add(Long.valueOf(part));
			}
		}
		return (root, q, cb) -> {
			Subquery<Long> below = q.subquery(Long.class);
			Root<Unit> unit = below.from(Unit.class);
			below.select(unit.get("id")).where(cb.like(unit.get("path"), path + "%"));
			return cb.or(root.get(attribute).in(above), root.get(attribute).in(below));
		};
	}

	/**
	 * The unit that owns what a user of this scope creates for their area: their own
	 * unit, or for the whole installation the first root of the tree.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> owningUnit(DataScope scope) {
		if (scope.kind() == ScopeKind.ALL) {
			return units.findByParentIdIsNullOrderByCodeAsc().stream().findFirst().map(Unit::getId);
		}
		return Optional.ofNullable(scope.unitId());
	}

	/**
	 * The top of the tree the scope sees: the roots for ALL, otherwise the user's own
	 * unit.
	 */
	@Transactional(readOnly = true)
	public List<TreeNode> treeRoots(DataScope scope) {
		if (scope.seesNothing()) {
			return List.of();
		}
		List<Unit> roots = scope.kind() == ScopeKind.ALL ? units.findByParentIdIsNullOrderByCodeAsc()
				: units.findById(scope.unitId()).stream().toList();
		return nodes(roots, scope);
	}

	@Transactional(readOnly = true)
	public List<TreeNode> treeChildren(DataScope scope, long parentId) {
		Unit parent = visible(scope, parentId);
		if (scope.kind() == ScopeKind.UNIT || scope.kind() == ScopeKind.SELF) {
			return List.of();
		}
		return nodes(units.findByParentIdOrderByTypeAscCodeAsc(parent.getId()), scope);
	}

	private List<TreeNode> nodes(List<Unit> list, DataScope scope) {
		if (list.isEmpty()) {
			return List.of();
		}
		Map<Long, Long> children = new HashMap<>();
		if (scope.kind() == ScopeKind.ALL || scope.kind() == ScopeKind.UNIT_AND_BELOW) {
			for (Object[] row : units.countChildren(list.stream().map(Unit::getId).toList())) {
				children.put((Long) row[0], (Long) row[1]);
			}
		}
		return list.stream()
			.map(u -> new TreeNode(u.getId(), u.getCode(), u.getName(), u.getType(), u.getStatus(),
					children.getOrDefault(u.getId(), 0L).intValue()))
			.toList();
	}

	/**
	 * Units by type, stage and locality for the dashboard, counting active units in
	 * scope.
	 */
	@Transactional(readOnly = true)
	public UnitCounts counts(DataScope scope) {
		Map<UnitType, Integer> byType = new EnumMap<>(UnitType.class);
		Map<Stage, Map<Locality, Integer>> byStage = new EnumMap<>(Stage.class);
		List<Unit> active = units
			.findAll(where(scope, new UnitFilter(null, null, null, null, null, UnitStatus.ACTIVE, null)));
		for (Unit u : active) {
			byType.merge(u.getType(), 1, Integer::sum);
			if (u.getLocality() != null) {
				for (Stage stage : u.getStages()) {
					byStage.computeIfAbsent(stage, s -> new EnumMap<>(Locality.class))
						.merge(u.getLocality(), 1, Integer::sum);
				}
			}
		}
		return new UnitCounts(byType, byStage);
	}

	@Transactional(readOnly = true)
	public List<EnrolmentView> enrolment(DataScope scope, long unitId) {
		visible(scope, unitId);
		return enrolments.findByUnitIdOrderBySchoolYearDescStageAsc(unitId).stream().map(Enrolment::toView).toList();
	}

	/**
	 * Enrolment of every unit in scope for one school year, in one query (for
	 * establishment and reports).
	 */
	@Transactional(readOnly = true)
	public List<UnitEnrolment> enrolmentOf(DataScope scope, int schoolYear) {
		if (scope.seesNothing()) {
			return List.of();
		}
		List<Enrolment> found = switch (scope.kind()) {
			case ALL -> enrolments.findInSubtree(schoolYear, "/");
			case UNIT_AND_BELOW -> units.findById(scope.unitId())
				.map(u -> enrolments.findInSubtree(schoolYear, u.getPath()))
				.orElse(List.of());
			case UNIT, SELF -> enrolments.findByUnitIdAndSchoolYear(scope.unitId(), schoolYear);
		};
		return found.stream().map(e -> new UnitEnrolment(e.getUnitId(), e.toView())).toList();
	}

	/**
	 * Students and classes per stage summed over every unit in scope (archived ones
	 * included: they taught that year) for one school year, in one grouped query (for the
	 * figure book).
	 */
	@Transactional(readOnly = true)
	public List<EnrolmentTotal> enrolmentTotals(DataScope scope, int schoolYear) {
		if (scope.seesNothing()) {
			return List.of();
		}
		List<Object[]> rows = switch (scope.kind()) {
			case ALL -> enrolments.totalsInSubtree(schoolYear, "/");
			case UNIT_AND_BELOW -> units.findById(scope.unitId())
				.map(u -> enrolments.totalsInSubtree(schoolYear, u.getPath()))
				.orElse(List.of());
			case UNIT, SELF -> enrolments.totalsOfUnit(schoolYear, scope.unitId());
		};
		return rows.stream()
			.map(r -> new EnrolmentTotal((Stage) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
			.sorted(java.util.Comparator.comparing(EnrolmentTotal::stage))
			.toList();
	}

	/**
	 * One page of the enrolment rows of the units in scope for one school year and the
	 * given stages, by unit code and stage (the records behind an enrolment figure).
	 */
	@Transactional(readOnly = true)
	public Page<UnitEnrolment> enrolmentPage(DataScope scope, int schoolYear, Set<Stage> stages, Pageable pageable) {
		if (scope.seesNothing() || stages.isEmpty()) {
			return Page.empty(pageable);
		}
		Page<Enrolment> found = switch (scope.kind()) {
			case ALL -> enrolments.pageInSubtree(schoolYear, "/", stages, pageable);
			case UNIT_AND_BELOW -> units.findById(scope.unitId())
				.map(u -> enrolments.pageInSubtree(schoolYear, u.getPath(), stages, pageable))
				.orElse(Page.empty(pageable));
			case UNIT, SELF -> enrolments.pageOfUnit(schoolYear, scope.unitId(), stages, pageable);
		};
		return found.map(e -> new UnitEnrolment(e.getUnitId(), e.toView()));
	}

	/**
	 * One page of the units in scope with pupils of the given stages in a school year, or
	 * among the given units (those with records elsewhere, e.g. payments), by name; each
	 * with its pupils per stage. The page is chosen in the query and its pupils read for
	 * the page's units only, so a province's list is never loaded whole.
	 */
	@Transactional(readOnly = true)
	public Page<UnitPupils> pupilsPage(DataScope scope, int schoolYear, Set<Stage> stages, Collection<Long> alsoUnits,
			Pageable pageable) {
		if (scope.seesNothing() || (stages.isEmpty() && alsoUnits.isEmpty())) {
			return Page.empty(pageable);
		}
		Specification<Unit> taught = (root, q, cb) -> {
			Predicate withPupils = cb.disjunction();
			if (!stages.isEmpty()) {
				Subquery<Long> sq = q.subquery(Long.class);
				Root<Enrolment> e = sq.from(Enrolment.class);
				sq.select(e.get("unitId"))
					.where(cb.equal(e.get("unitId"), root.get("id")), cb.equal(e.get("schoolYear"), schoolYear),
							e.get("stage").in(stages), cb.gt(e.get("students"), 0));
				withPupils = cb.exists(sq);
			}
			return alsoUnits.isEmpty() ? withPupils : cb.or(withPupils, root.get("id").in(alsoUnits));
		};
		Page<Unit> page = units.findAll(inScope(scope).and(taught),
				org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
						org.springframework.data.domain.Sort.by("name", "id")));
		Map<Long, Map<Stage, Integer>> pupils = new HashMap<>();
		if (page.hasContent()) {
			for (Enrolment e : enrolments.findByUnitIdInAndSchoolYear(page.map(Unit::getId).getContent(), schoolYear)) {
				if (stages.contains(e.getStage()) && e.getStudents() > 0) {
					pupils.computeIfAbsent(e.getUnitId(), k -> new EnumMap<>(Stage.class))
						.merge(e.getStage(), e.getStudents(), Integer::sum);
				}
			}
		}
		return page.map(u -> new UnitPupils(u.getId(), u.getName(), pupils.getOrDefault(u.getId(), Map.of())));
	}

	/** The latest school year with any enrolment recorded, if any. */
	@Transactional(readOnly = true)
	public Optional<Integer> latestSchoolYear() {
		return Optional.ofNullable(enrolments.latestSchoolYear());
	}

	@Transactional(readOnly = true)
	public List<UnitStatusView> statusHistory(DataScope scope, long unitId) {
		return visible(scope, unitId).getStatusHistory().stream().map(UnitStatusChange::toView).toList();
	}

	// ---- changing

	@Transactional
	public UnitView create(DataScope scope, UnitForm form) {
		Unit parent = resolveParent(scope, form);
		List<Problem> problems = new ArrayList<>(checkShape(form, parent));
		if (units.existsByCode(form.code())) {
			problems.add(new Problem("code", "org.unit.code.duplicate", form.code()));
		}
		reject(problems);
		Unit unit = new Unit(form.code(), form.type());
		unit.apply(form);
		unit.placeUnder(parent);
		units.save(unit);
		unit.placeUnder(parent);
		audit.record(AuditAction.CREATE, ENTITY, unit.getId(), unit.getCode() + " " + unit.getName(),
				Change.created(snapshot(unit, parent)));
		return toView(unit);
	}

	@Transactional
	public UnitView update(DataScope scope, long id, UnitForm form) {
		Unit unit = visible(scope, id);
		Unit oldParent = unit.getParentId() == null ? null : units.findById(unit.getParentId()).orElse(null);
		Map<String, Object> before = snapshot(unit, oldParent);
		// An unchanged parent stays even when it lies above the user's scope (a school
		// admin editing their school).
		Unit parent = form.parentCode() == null && unit.getParentId() == null ? null
				: oldParent != null && oldParent.getCode().equals(form.parentCode()) ? oldParent
						: resolveParent(scope, form);
		List<Problem> problems = new ArrayList<>(checkShape(form, parent));
		if (form.type() != null) {
			for (Unit child : units.findByParentIdOrderByTypeAscCodeAsc(unit.getId())) {
				if (!child.getType().mayBeBelow(form.type())) {
					problems.add(new Problem("type", "org.unit.type.childrenMismatch", label(child.getType()),
							child.getCode()));
					break;
				}
			}
		}
		if (!unit.getCode().equals(form.code()) && units.existsByCode(form.code())) {
			problems.add(new Problem("code", "org.unit.code.duplicate", form.code()));
		}
		if (parent != null && (parent.getId().equals(unit.getId()) || unit.isAncestorOf(parent))) {
			problems.add(new Problem("parentCode", "org.unit.parentCode.cycle", form.parentCode()));
		}
		if (scope.kind() != ScopeKind.ALL && !java.util.Objects.equals(oldParent == null ? null : oldParent.getId(),
				parent == null ? null : parent.getId()) && unit.getId().equals(scope.unitId())) {
			problems.add(new Problem("parentCode", "org.unit.parentCode.ownUnit"));
		}
		UnitPrincipals.Principal onRoster = principalsOf(List.of(unit.getId())).get(unit.getId());
		if (contradictsRoster(onRoster, form.principal(), unit.getPrincipal())) {
			problems.add(new Problem("principal", "org.unit.principal.fromRoster", onRoster.name()));
		}
		reject(problems);
		// With a roster principal the free-text field is read-only: it keeps what it
		// held.
		unit.apply(onRoster == null ? form : form.withPrincipal(unit.getPrincipal()));
		Long newParentId = parent == null ? null : parent.getId();
		if (!java.util.Objects.equals(newParentId, unit.getParentId())) {
			String oldPath = unit.getPath();
			int oldDepth = unit.getDepth();
			unit.placeUnder(parent);
			units.flush();
			units.movePaths(oldPath, unit.getPath(), unit.getDepth() - oldDepth);
			events.publishEvent(new UnitMoved(unit.getId(), oldPath, unit.getPath()));
		}
		List<Change> changes = Change.between(before, snapshot(unit, parent));
		if (!changes.isEmpty()) {
			audit.record(AuditAction.UPDATE, ENTITY, unit.getId(), unit.getCode() + " " + unit.getName(), changes);
		}
		return toView(unit);
	}

	/**
	 * Archives a unit by closing it, or by merging it into another when
	 * {@code mergeIntoCode} is given.
	 */
	@Transactional
	public UnitView archive(DataScope scope, long id, String mergeIntoCode, String reason) {
		Unit unit = visible(scope, id);
		if (unit.getStatus() != UnitStatus.ACTIVE) {
			throw new Rejection("status", "org.unit.archive.notActive");
		}
		if (reason == null || reason.isBlank()) {
			throw new Rejection("reason", "org.unit.archive.reasonRequired");
		}
		if (units.existsByParentIdAndStatus(unit.getId(), UnitStatus.ACTIVE)) {
			throw new Rejection("status", "org.unit.archive.hasActiveChildren");
		}
		UnitStatus before = unit.getStatus();
		if (mergeIntoCode != null && !mergeIntoCode.isBlank()) {
			Unit into = units.findByCode(mergeIntoCode.strip())
				.filter(u -> isVisible(scope, u))
				.orElseThrow(() -> new Rejection("mergeInto", "org.unit.mergeInto.unknown", mergeIntoCode));
			if (into.getId().equals(unit.getId()) || into.getStatus() != UnitStatus.ACTIVE) {
				throw new Rejection("mergeInto", "org.unit.mergeInto.invalid", mergeIntoCode);
			}
			unit.merge(into, reason.strip(), Actor.current());
		}
		else {
			unit.close(reason.strip(), Actor.current());
		}
		audit.record(AuditAction.ARCHIVE, ENTITY, unit.getId(), unit.getCode() + " " + unit.getName(),
				List.of(new Change("status", before.name(), unit.getStatus().name()),
						new Change("reason", null, reason.strip())));
		return toView(unit);
	}

	@Transactional
	public UnitView reopen(DataScope scope, long id, String reason) {
		Unit unit = visible(scope, id);
		if (unit.getStatus() == UnitStatus.ACTIVE) {
			throw new Rejection("status", "org.unit.reopen.alreadyActive");
		}
		if (reason == null || reason.isBlank()) {
			throw new Rejection("reason", "org.unit.archive.reasonRequired");
		}
		UnitStatus before = unit.getStatus();
		unit.reopen(reason.strip(), Actor.current());
		audit.record(AuditAction.RESTORE, ENTITY, unit.getId(), unit.getCode() + " " + unit.getName(),
				List.of(new Change("status", before.name(), unit.getStatus().name()),
						new Change("reason", null, reason.strip())));
		return toView(unit);
	}

	@Transactional
	public EnrolmentView recordEnrolment(DataScope scope, long unitId, EnrolmentView entry) {
		Unit unit = visible(scope, unitId);
		List<Problem> problems = new ArrayList<>();
		if (entry.stage() == null || !unit.getStages().contains(entry.stage())) {
			problems.add(new Problem("stage", "org.enrolment.stage.notOfUnit"));
		}
		if (entry.schoolYear() < 1949 || entry.schoolYear() > java.time.Year.now().getValue() + 1) {
			problems.add(new Problem("schoolYear", "org.enrolment.schoolYear.range"));
		}
		if (entry.students() < 0 || entry.students() > 100_000) {
			problems.add(new Problem("students", "org.enrolment.students.range"));
		}
		if (entry.classes() < 0 || entry.classes() > 2_000 || entry.classes() > Math.max(entry.students(), 0)) {
			problems.add(new Problem("classes", "org.enrolment.classes.range"));
		}
		reject(problems);
		Enrolment e = enrolments.findByUnitIdAndSchoolYearAndStage(unitId, entry.schoolYear(), entry.stage())
			.orElseGet(() -> new Enrolment(unitId, entry.schoolYear(), entry.stage()));
		Map<String, Object> before = Map.of("students", e.getStudents(), "classes", e.getClasses());
		boolean isNew = e.getId() == null;
		e.record(entry.students(), entry.classes());
		enrolments.save(e);
		audit.record(isNew ? AuditAction.CREATE : AuditAction.UPDATE, "org.enrolment", unitId,
				unit.getCode() + " " + entry.schoolYear() + " " + entry.stage(),
				Change.between(before, Map.of("students", e.getStudents(), "classes", e.getClasses())));
		return e.toView();
	}

	// ---- shared by forms and import

	/**
	 * Checks what a form says on its own: type placement, stages and locality of schools.
	 */
	List<Problem> checkShape(UnitForm form, Unit parent) {
		List<Problem> problems = new ArrayList<>();
		if (form.type() != null && !form.type().mayBeBelow(parent == null ? null : parent.getType())) {
			problems.add(parent == null ? new Problem("parentCode", "org.unit.parentCode.required") : new Problem(
					"parentCode", "org.unit.parentCode.wrongType", label(form.type()), label(parent.getType())));
		}
		if (form.type() == UnitType.SCHOOL || form.type() == UnitType.TEACHING_POINT) {
			if (form.stages().isEmpty()) {
				problems.add(new Problem("stages", "org.unit.stages.required"));
			}
			if (form.locality() == null) {
				problems.add(new Problem("locality", "org.unit.locality.required"));
			}
			if (form.ownership() == null) {
				problems.add(new Problem("ownership", "org.unit.ownership.required"));
			}
		}
		return problems;
	}

	// Enum arguments of messages are resolved in the reader's language.
	private static MessageSourceResolvable label(Enum<?> value) {
		return new DefaultMessageSourceResolvable(
				new String[] { "enum." + value.getClass().getSimpleName() + "." + value.name() }, value.name());
	}

	private Unit resolveParent(DataScope scope, UnitForm form) {
		if (form.parentCode() == null) {
			if (scope.kind() != ScopeKind.ALL && form.type() != UnitType.BUREAU) {
				throw new Rejection("parentCode", "org.unit.parentCode.required");
			}
			if (scope.kind() != ScopeKind.ALL) {
				throw new Rejection("parentCode", "org.unit.parentCode.outOfScope", "");
			}
			return null;
		}
		Unit parent = units.findByCode(form.parentCode())
			.orElseThrow(() -> new Rejection("parentCode", "org.unit.parentCode.unknown", form.parentCode()));
		if (!isVisible(scope, parent)) {
			throw new Rejection("parentCode", "org.unit.parentCode.unknown", form.parentCode());
		}
		if (parent.getStatus() != UnitStatus.ACTIVE) {
			throw new Rejection("parentCode", "org.unit.parentCode.archived", form.parentCode());
		}
		return parent;
	}

	private static void reject(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
	}

	Unit visible(DataScope scope, long id) {
		return units.findById(id).filter(u -> isVisible(scope, u)).orElseThrow(() -> new NotFound("unit " + id));
	}

	private boolean isVisible(DataScope scope, Unit unit) {
		return switch (scope.kind()) {
			case ALL -> true;
			case UNIT_AND_BELOW -> scope.unitId() != null
					&& units.findById(scope.unitId()).map(s -> unit.getPath().startsWith(s.getPath())).orElse(false);
			case UNIT, SELF -> scope.unitId() != null && scope.unitId().equals(unit.getId());
		};
	}

	private Specification<Unit> where(DataScope scope, UnitFilter filter) {
		return inScope(scope).and(matching(filter)).and(under(filter.under()));
	}

	// The subtree of the unit clicked in the tree; combined with the scope, a unit
	// outside it yields nothing.
	private Specification<Unit> under(Long unitId) {
		if (unitId == null) {
			return (root, q, cb) -> cb.conjunction();
		}
		String path = units.findById(unitId).map(Unit::getPath).orElse(null);
		return path == null ? (root, q, cb) -> cb.disjunction()
				: (root, q, cb) -> cb.like(root.get("path"), path + "%");
	}

	/**
	 * The data scope as a query predicate; the scope's own path is read here, never taken
	 * from input.
	 */
	Specification<Unit> inScope(DataScope scope) {
		if (scope.seesNothing()) {
			return (root, q, cb) -> cb.disjunction();
		}
		return switch (scope.kind()) {
			case ALL -> (root, q, cb) -> cb.conjunction();
			case UNIT_AND_BELOW -> {
				String path = units.findById(scope.unitId()).map(Unit::getPath).orElse(null);
				yield path == null ? (root, q, cb) -> cb.disjunction()
						: (root, q, cb) -> cb.like(root.get("path"), path + "%");
			}
			case UNIT, SELF -> (root, q, cb) -> cb.equal(root.get("id"), scope.unitId());
		};
	}

	static Specification<Unit> matching(UnitFilter f) {
		return (root, q, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (f.q() != null && !f.q().isBlank()) {
				String like = "%" + escapeLike(f.q().strip().toLowerCase()) + "%";
				where.add(cb.or(cb.like(cb.lower(root.get("name")), like, '\\'),
						cb.like(cb.lower(root.get("shortName")), like, '\\'), cb.like(root.get("code"), like, '\\')));
			}
			if (f.type() != null) {
				where.add(cb.equal(root.get("type"), f.type()));
			}
			if (f.stage() != null) {
				where.add(cb.like(root.get("stages").as(String.class), StagesConverter.pattern(f.stage())));
			}
			if (f.locality() != null) {
				where.add(cb.equal(root.get("locality"), f.locality()));
			}
			if (f.ownership() != null) {
				where.add(cb.equal(root.get("ownership"), f.ownership()));
			}
			if (f.status() != null) {
				where.add(cb.equal(root.get("status"), f.status()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	static String escapeLike(String s) {
		return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private Map<Long, String> parentCodes(List<Unit> list) {
		Set<Long> ids = list.stream()
			.map(Unit::getParentId)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
		Map<Long, String> codes = new HashMap<>();
		units.findAllById(ids).forEach(p -> codes.put(p.getId(), p.getCode()));
		return codes;
	}

	UnitView toView(Unit u) {
		return toView(u,
				u.getParentId() == null ? null : units.findById(u.getParentId()).map(Unit::getCode).orElse(null));
	}

	UnitView toView(Unit u, String parentCode) {
		return toView(u, parentCode, principalsOf(List.of(u.getId())).get(u.getId()));
	}

	// The roster's principal wins over the free-text field, which stays as the fallback.
	private UnitView toView(Unit u, String parentCode, UnitPrincipals.Principal onRoster) {
		return new UnitView(u.getId(), u.getCode(), u.getName(), u.getShortName(), u.getType(), u.getParentId(),
				parentCode, u.getPath(), u.getDepth(), stages(u), u.getOwnership(), u.getLocality(), u.getAddress(),
				u.isBoarding(), onRoster != null ? onRoster.name() : u.getPrincipal(), u.getPhone(), u.getFoundedDate(),
				u.getStatus(), u.getUpdatedAt(), u.getVersion(), onRoster != null,
				onRoster == null ? null : onRoster.staffId(), onRoster == null ? null : onRoster.since());
	}

	private Map<Long, UnitPrincipals.Principal> principals(List<Unit> list) {
		Map<Long, UnitPrincipals.Principal> found = new HashMap<>();
		List<Long> ids = list.stream().map(Unit::getId).toList();
		for (int from = 0; from < ids.size(); from += 1000) {
			found.putAll(principalsOf(ids.subList(from, Math.min(ids.size(), from + 1000))));
		}
		return found;
	}

	/** The principals the roster names for these units (at most 1,000 ids). */
	private Map<Long, UnitPrincipals.Principal> principalsOf(Collection<Long> ids) {
		Map<Long, UnitPrincipals.Principal> found = new HashMap<>();
		if (!ids.isEmpty()) {
			principalSources.orderedStream().forEach(source -> source.principals(ids).forEach(found::putIfAbsent));
		}
		return found;
	}

	/**
	 * Whether the principal on the roster differs from a principal a form or import sent:
	 * the roster is the truth, the free text only its fallback.
	 */
	private static boolean contradictsRoster(UnitPrincipals.Principal onRoster, String sent, String stored) {
		return onRoster != null && sent != null && !sent.equals(onRoster.name()) && !sent.equals(stored);
	}

	// Stages in their natural order, so pages and JSON list them alike every time.
	private static Set<Stage> stages(Unit u) {
		EnumSet<Stage> set = EnumSet.noneOf(Stage.class);
		set.addAll(u.getStages());
		return Collections.unmodifiableSet(set);
	}

	static Map<String, Object> snapshot(Unit u, Unit parent) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("code", u.getCode());
		m.put("name", u.getName());
		m.put("shortName", u.getShortName());
		m.put("type", u.getType());
		m.put("parentCode", parent == null ? null : parent.getCode());
		m.put("stages", u.getStages().stream().sorted().map(Stage::name).collect(Collectors.joining("|")));
		m.put("ownership", u.getOwnership());
		m.put("locality", u.getLocality());
		m.put("address", u.getAddress());
		m.put("boarding", u.isBoarding());
		m.put("principal", u.getPrincipal());
		m.put("phone", u.getPhone());
		m.put("foundedDate", u.getFoundedDate());
		m.put("status", u.getStatus());
		return m;
	}

	static Map<String, Unit> byCode(UnitRepository units, Collection<String> codes) {
		Map<String, Unit> map = new HashMap<>();
		for (Unit u : units.findByCodeIn(codes)) {
			map.put(u.getCode(), u);
		}
		return map;
	}

	// ---- bulk loading

	/**
	 * Writes a generated unit tree with its enrolment straight into an empty registry
	 * (PostgreSQL COPY, no audit entries: a data set, not a change anyone made).
	 * @param seeds parents before their children
	 * @return the units as written, in the order of {@code seeds}
	 * @throws IllegalStateException when the registry already has units
	 */
	public List<LoadedUnit> bulkLoad(List<UnitSeed> seeds, Instant at) {
		if (units.count() > 0) {
			throw new IllegalStateException("The database already has units; bulk loading needs an empty one");
		}
		return bulk.load(seeds, at);
	}

}
