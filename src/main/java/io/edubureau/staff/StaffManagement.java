package io.edubureau.staff;

import java.lang.annotation.ElementType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.reports.FigureRecords;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.ScopeKind;
import io.edubureau.org.UnitMoved;
import io.edubureau.org.UnitStatus;
import io.edubureau.org.UnitView;
import io.edubureau.platform.Actor;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.rules.IdNumberCheck;
import io.edubureau.rules.RulesManagement;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff module's public face. Every read takes the caller's {@link DataScope}; a
 * person outside it is reported as not found.
 */
@Service
public class StaffManagement {

	static final String ENTITY = "staff.member";

	/** The largest page of the lists paged here (issue 23). */
	static final int MAX_PAGE_SIZE = 200;

	private static final Pattern UNIT_CODE = Pattern.compile("\\d{10}");

	private static final TraversableResolver EVERYTHING_REACHABLE = new TraversableResolver() {

		@Override
		public boolean isReachable(Object bean, Path.Node property, Class<?> rootBean, Path path, ElementType type) {
			return true;
		}

		@Override
		public boolean isCascadable(Object bean, Path.Node property, Class<?> rootBean, Path path, ElementType type) {
			return true;
		}

	};

	private final StaffRepository staff;

	private final OrgManagement org;

	private final RulesManagement rules;

	private final AuditManagement audit;

	private final Validator validator;

	private final StaffFigures figures;

	private final StaffTransfers transfers;

	private final StaffDuplicates duplicates;

	private final Clock clock = Clock.systemDefaultZone();

	private final PersonnelFile file;

	private final StaffBulkLoad bulk;

	private final StaffSets sets;

	private final StaffRows rows;

	private final ApplicationEventPublisher events;

	StaffManagement(StaffRepository staff, OrgManagement org, RulesManagement rules, AuditManagement audit,
			Validator validator, StaffFigures figures, PersonnelFile file, StaffTransfers transfers,
			StaffDuplicates duplicates, StaffBulkLoad bulk, StaffSets sets, StaffRows rows,
			ApplicationEventPublisher events) {
		this.events = events;
		this.sets = sets;
		this.rows = rows;
		this.bulk = bulk;
		this.file = file;
		this.transfers = transfers;
		this.duplicates = duplicates;
		// Forms are records, never entities: the JPA reachability check Hibernate
		// Validator
		// adds per property is pure cost (a tenth of an import's time).
		this.validator = validator instanceof ValidatorFactory factory
				? factory.usingContext().traversableResolver(EVERYTHING_REACHABLE).getValidator() : validator;
		this.figures = figures;
		this.staff = staff;
		this.org = org;
		this.rules = rules;
		this.audit = audit;
	}

	// ---- reading

	/**
	 * As {@link #search(DataScope, StaffFilter, Pageable)}, with filter and page built
	 * (and checked, in that order) inside the same read-only transaction: the filter's
	 * unit lookup, the page, the count and the unit labels then share one connection.
	 */
	@Transactional(readOnly = true)
	public Page<StaffView> search(DataScope scope, java.util.function.Supplier<StaffFilter> filter,
			java.util.function.Supplier<Pageable> pageable) {
		StaffFilter f = filter.get();
		return search(scope, f, pageable.get());
	}

	@Transactional(readOnly = true)
	public Page<StaffView> search(DataScope scope, StaffFilter filter, Pageable pageable) {
		Page<StaffMember> page = staff.findAll(scope(scope).specification().and(matching(filter)), pageable);
		Map<Long, UnitView> units = org.byIds(page.getContent().stream().map(StaffMember::getUnitId).toList());
		return page.map(m -> toView(m, units.get(m.getUnitId())));
	}

	/**
	 * The next {@code size} people of the scope matching the filter whose id is above
	 * {@code afterId}, by id: for reading a whole scope in pieces, which paging with
	 * offsets does quadratically (every page counts the whole scope again).
	 */
	@Transactional(readOnly = true)
	public List<StaffView> searchAfter(DataScope scope, StaffFilter filter, long afterId, int size) {
		if (size < 1 || size > 10_000) {
			throw new IllegalArgumentException("size " + size);
		}
		Specification<StaffMember> after = (root, query, cb) -> cb.gt(root.get("id"), afterId);
		List<StaffMember> found = staff.findBy(scope(scope).specification().and(matching(filter)).and(after),
				q -> q.sortBy(Sort.by("id")).limit(size).all());
		Map<Long, UnitView> units = org.byIds(found.stream().map(StaffMember::getUnitId).toList());
		return found.stream().map(m -> toView(m, units.get(m.getUnitId()))).toList();
	}

	/**
	 * The person of the scope with this identity number, as the search finds them: how
	 * the imports of other modules find the person a row names.
	 */
	@Transactional(readOnly = true)
	public Optional<StaffView> byIdNumber(DataScope scope, String idNumber) {
		return search(scope, new StaffFilter(null, idNumber, null, null, null, null, null, null, null, null),
				Pageable.ofSize(1))
			.getContent()
			.stream()
			.findFirst();
	}

	@Transactional(readOnly = true)
	public StaffView get(DataScope scope, long id) {
		StaffMember m = visible(scope, id);
		return toView(m, org.byIds(List.of(m.getUnitId())).get(m.getUnitId()));
	}

	@Transactional(readOnly = true)
	public List<StaffEventView> history(DataScope scope, long id) {
		return visible(scope, id).getEvents().stream().map(StaffEvent::toView).toList();
	}

	/** Active in-establishment staff per unit and post category, in one grouped query. */
	@Transactional(readOnly = true)
	public List<Headcount> inEstablishmentHeadcount(DataScope scope) {
		return scopePrefix(scope)
			.map(prefix -> staff.inEstablishmentByUnitAndPost(prefix)
				.stream()
				.map(r -> new Headcount((Long) r[0], ((PostCategory) r[1]).name(), ((Long) r[2]).intValue()))
				.toList())
			.orElse(List.of());
	}

	/**
	 * In-establishment people in post on a date (hired by then, not yet retired, left or
	 * dead) per unit they were at that day and post category; for figures of a past year.
	 */
	@Transactional(readOnly = true)
	public List<Headcount> inEstablishmentHeadcount(DataScope scope, LocalDate asOf) {
		return sets.inEstablishmentOn(scope, asOf);
	}

	/**
	 * Active in-establishment full-time teachers per unit and subject, in one grouped
	 * query.
	 */
	@Transactional(readOnly = true)
	public List<Headcount> teachersBySubject(DataScope scope) {
		return scopePrefix(scope)
			.map(prefix -> staff.teachersByUnitAndSubject(prefix)
				.stream()
				.map(r -> new Headcount((Long) r[0], r[1] == null ? "" : (String) r[1], ((Long) r[2]).intValue()))
				.toList())
			.orElse(List.of());
	}

	// A path prefix for grouped queries: "/" sees all; empty when the scope is not a
	// subtree.
	private Optional<String> scopePrefix(DataScope scope) {
		if (scope.kind() == ScopeKind.ALL) {
			return Optional.of("/");
		}
		if (scope.kind() == ScopeKind.SELF || scope.unitId() == null) {
			return Optional.empty();
		}
		return org.pathOf(scope.unitId());
	}

	// ---- for figures other modules count on people (personnelfile's file-audit
	// coverage)

	/**
	 * People in post on a day (hired by then, not yet retired, left or dead) whom the
	 * scope saw that day, each at the unit they were at then; as {@code staff.active}
	 * counts.
	 */
	@Transactional(readOnly = true)
	public long inPostOn(DataScope scope, LocalDate day) {
		return sets.inPostOn(scope, day);
	}

	/** Of these people, those counted by {@link #inPostOn(DataScope, LocalDate)}. */
	@Transactional(readOnly = true)
	public Set<Long> inPostIdsOn(DataScope scope, java.util.Collection<Long> ids, LocalDate day) {
		return ids.isEmpty() ? Set.of() : sets.inPostIdsOn(scope, ids, day);
	}

	/**
	 * Active people per current unit in the scope's subtree, of these people only
	 * ({@code null}: everyone); one grouped query per thousand ids.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Long> activeByUnit(DataScope scope, java.util.Collection<Long> among) {
		if (among != null && among.isEmpty()) {
			return Map.of();
		}
		return scopePrefix(scope).map(prefix -> sets.activeByUnit(prefix, among)).orElse(Map.of());
	}

	/**
	 * One page of these people as the staff figures' lineage lists them: those the scope
	 * saw on the day, by name, each at the unit they were at then.
	 */
	@Transactional(readOnly = true)
	public FigureRecords figureRecords(DataScope scope, java.util.Collection<Long> ids, LocalDate day, int page,
			int size) {
		return figures.people(scope, ids, day, page, size);
	}

	// ---- for personnelfile's appraisal import

	/**
	 * One row of an appraisal import: its row number, the person as the sheet names them
	 * (identity number as stored, or null when invalid) and the values.
	 */
	public record AppraisalRow(int row, String idNumber, String name, AppraisalForm form) {
	}

	/**
	 * Where an appraisal import's refusals go: the row, the form's field, the message.
	 */
	@FunctionalInterface
	public interface RowRefusal {

		void refuse(int row, String field, String messageKey, Object[] args);

	}

	/**
	 * One batch of an appraisal import, inside the import's transaction: each person
	 * found by identity number in the scope (another unit's person reads as unknown) and
	 * checked against the name and the file form's rules; the year's current entry
	 * updated (old and new values audited) or one created, unless {@code writing} says a
	 * row already failed. Answers the created, updated and unchanged counts.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int[] importAppraisals(DataScope scope, List<AppraisalRow> batch, LocalDate today, RowRefusal refuse,
			java.util.function.BooleanSupplier writing) {
		Set<String> ids = new java.util.LinkedHashSet<>();
		batch.stream().map(AppraisalRow::idNumber).filter(id -> id != null).forEach(ids::add);
		Map<String, StaffMember> people = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			staff.findAll(scope(scope).specification().and((root, q, cb) -> root.get("idNumber").in(ids)))
				.forEach(m -> people.put(m.getIdNumber(), m));
		}
		return file.importAppraisals(people, batch, today, refuse, writing);
	}

	// ---- for the selfservice module (a teacher's changes to their own file)

	/**
	 * The signed-in teacher's own record: the person linked to their account, whatever
	 * the scope's unit; not found without one.
	 */
	@Transactional(readOnly = true)
	public StaffView ownRecord(DataScope scope) {
		StaffMember m = own(scope);
		return toView(m, org.byIds(List.of(m.getUnitId())).get(m.getUnitId()));
	}

	/**
	 * Writes a self-service change the reviewer approved into the file of a person in
	 * their scope, audited field by field with the request's number.
	 */
	@Transactional
	public StaffView applySelfService(DataScope scope, long staffId, long requestId, SelfServiceForm values) {
		StaffMember m = visible(scope, staffId);
		Map<String, Object> before = SelfServiceForm.of(m).values();
		m.applySelfService(values);
		audit.record(AuditAction.UPDATE, ENTITY, m.getId(), m.getName() + " (self-service #" + requestId + ")",
				Change.between(before, SelfServiceForm.of(m).values()));
		return toView(m, org.byIds(List.of(m.getUnitId())).get(m.getUnitId()));
	}

	private StaffMember own(DataScope scope) {
		if (scope.staffId() == null) {
			throw new NotFound("no staff record linked to this account");
		}
		return staff.findById(scope.staffId()).orElseThrow(() -> new NotFound("staff " + scope.staffId()));
	}

	// ---- changing

	@Transactional
	public StaffView create(DataScope scope, StaffForm form) {
		Checked checked = check(scope, form);
		if (staff.findByIdNumber(checked.idNumber()).isPresent()) {
			throw new Rejection("idNumber", "staff.idNumber.duplicate", checked.idNumber());
		}
		return persistNew(form, checked);
	}

	private StaffView persistNew(StaffForm form, Checked checked) {
		StaffMember m = build(form, checked);
		staff.save(m);
		audit.record(AuditAction.CREATE, ENTITY, m.getId(), m.getName(), Change.created(snapshot(m, checked.unit())));
		return toView(m, checked.unit());
	}

	// The new record with its hire event, as create and the import both make it.
	private StaffMember build(StaffForm form, Checked checked) {
		StaffMember m = new StaffMember(checked.idNumber());
		m.apply(form, checked.sex(), checked.birthDate(), checked.unit().id(), checked.unit().path());
		LocalDate hired = form.hireDate() != null ? form.hireDate()
				: form.workStartDate() != null ? form.workStartDate() : today();
		m.record(new StaffEvent(m, StaffEventKind.HIRE, hired, null, checked.unit().id(), null, Actor.current()));
		return m;
	}

	/** A new person checked and built, not yet written. */
	record NewPerson(StaffMember member, UnitView unit) {
	}

	/**
	 * Checks and builds a person the caller (the import) has already found to be new,
	 * looking units up through its per-file cache; same checks as {@link #create}.
	 * Written by {@link #createAll}.
	 */
	NewPerson prepareNew(DataScope scope, StaffForm form, Function<String, Optional<UnitView>> units) {
		Checked checked = check(scope, form, units);
		return new NewPerson(build(form, checked), checked.unit());
	}

	/**
	 * Writes prepared people with their hire events and the same audit entry per person
	 * as {@link #create}, in JDBC batches (the unique index still guards identity
	 * numbers).
	 */
	void createAll(List<NewPerson> people) {
		if (people.isEmpty()) {
			return;
		}
		long[] ids = rows.insert(people.stream().map(NewPerson::member).toList());
		List<AuditManagement.Entry> entries = new ArrayList<>(people.size());
		for (int i = 0; i < people.size(); i++) {
			StaffMember m = people.get(i).member();
			entries
				.add(new AuditManagement.Entry(ids[i], m.getName(), Change.created(snapshot(m, people.get(i).unit()))));
		}
		audit.recordAll(AuditAction.CREATE, ENTITY, entries);
		// A title with its date becomes the first entry of the title history.
		List<Long> owners = new ArrayList<>();
		List<StaffMember> titled = new ArrayList<>();
		for (int i = 0; i < people.size(); i++) {
			StaffMember m = people.get(i).member();
			if (m.getTitleLevel() != null && m.getTitleLevel() != TitleLevel.NONE && m.getTitleDate() != null) {
				owners.add(ids[i]);
				titled.add(m);
			}
		}
		long[] titleIds = rows.insertTitles(owners, titled, Actor.current(), StaffImport.SOURCE);
		List<AuditManagement.Entry> titleEntries = new ArrayList<>(titled.size());
		for (int i = 0; i < titled.size(); i++) {
			StaffMember m = titled.get(i);
			Map<String, Object> created = new LinkedHashMap<>(
					PersonnelFile.values(new TitleForm(m.getTitleLevel(), m.getTitleDate(), null)));
			created.put("source", StaffImport.SOURCE);
			titleEntries.add(new AuditManagement.Entry(titleIds[i], m.getName(), Change.created(created)));
		}
		audit.recordAll(AuditAction.CREATE, "staff.file." + FileCategory.TITLES.path(), titleEntries);
	}

	/**
	 * An imported row's retirement, leaving or death of an active person: the life event
	 * with its date and source "import", audited as {@link #end} is.
	 */
	void endFromImport(DataScope scope, long id, StaffStatus status, LocalDate on) {
		StaffMember m = visible(scope, id);
		StaffStatus before = m.getStatus();
		m.end(status, on, Actor.current(), null, StaffImport.SOURCE);
		audit.record(AuditAction.ARCHIVE, ENTITY, m.getId(), m.getName(),
				List.of(new Change("status", before.name(), status.name()),
						new Change("statusDate", null, on.toString()), new Change("source", null, StaffImport.SOURCE)));
		events.publishEvent(new StaffLeft(m.getId(), status, on));
	}

	/**
	 * The title on an imported person's record, when it has a date, as a title entry
	 * (source "import") unless the file has it already.
	 * @return whether an entry was written
	 */
	boolean titleFromImport(DataScope scope, long id) {
		StaffMember m = visible(scope, id);
		return file.importTitle(m, m.getTitleLevel(), m.getTitleDate());
	}

	@Transactional
	public StaffView update(DataScope scope, long id, StaffForm form) {
		return update(scope, id, form, code -> org.findByCode(scope, code));
	}

	/** {@link #update} with the import's per-file unit cache. */
	StaffView update(DataScope scope, long id, StaffForm form, Function<String, Optional<UnitView>> units) {
		StaffMember m = visible(scope, id);
		if (m.getStatus() == StaffStatus.MERGED) {
			throw new Rejection("status", "duplicate.mergedReadOnly");
		}
		UnitView before = org.byIds(List.of(m.getUnitId())).get(m.getUnitId());
		Map<String, Object> old = snapshot(m, before);
		Checked checked = check(scope, form, units);
		if (!checked.idNumber().equals(m.getIdNumber())) {
			throw new Rejection("idNumber", "staff.idNumber.immutable");
		}
		if (checked.unit().id() != m.getUnitId()) {
			throw new Rejection("unitCode", "staff.unitCode.useTransfer");
		}
		m.apply(form, checked.sex(), checked.birthDate(), checked.unit().id(), checked.unit().path());
		List<Change> changes = Change.between(old, snapshot(m, checked.unit()));
		if (!changes.isEmpty()) {
			audit.record(AuditAction.UPDATE, ENTITY, m.getId(), m.getName(), changes);
		}
		return toView(m, checked.unit());
	}

	/**
	 * Moves a person to another unit with all their history; the old unit keeps the
	 * event.
	 */
	@Transactional
	public StaffView transfer(DataScope scope, long id, String toUnitCode, LocalDate on, String note) {
		StaffMember m = visible(scope, id);
		if (m.getStatus() != StaffStatus.ACTIVE) {
			throw new Rejection("status", "staff.transfer.notActive");
		}
		UnitView to = org.findByCode(scope, toUnitCode == null ? "" : toUnitCode.strip())
			.filter(u -> u.status() == UnitStatus.ACTIVE)
			.orElseThrow(() -> new Rejection("toUnitCode", "staff.unitCode.unknown", toUnitCode));
		if (to.id() == m.getUnitId()) {
			throw new Rejection("toUnitCode", "staff.transfer.sameUnit");
		}
		LocalDate date = on == null ? today() : on;
		if (date.isAfter(today().plusYears(1))) {
			throw new Rejection("on", "staff.date.future");
		}
		LocalDate last = m.lastTransferOn();
		if (last != null && date.isBefore(last)) {
			throw new Rejection("on", "staff.transfer.beforeLast", last);
		}
		Long from = m.getUnitId();
		m.transfer(to.id(), to.path(), date, Actor.current(), note, from);
		audit.record(AuditAction.UPDATE, ENTITY, m.getId(), m.getName(),
				List.of(new Change("unitId", String.valueOf(from), String.valueOf(to.id()))));
		return toView(m, to);
	}

	/** Records retirement, leaving or death; the record stays, with its history. */
	@Transactional
	public StaffView end(DataScope scope, long id, StaffStatus status, LocalDate on, String note) {
		StaffMember m = visible(scope, id);
		if (status == null || status == StaffStatus.ACTIVE || status == StaffStatus.MERGED) {
			throw new Rejection("status", "staff.end.status");
		}
		LocalDate date = on == null ? today() : on;
		if (date.isBefore(m.getBirthDate()) || date.isAfter(today())) {
			throw new Rejection("on", "staff.end.date");
		}
		StaffStatus before = m.getStatus();
		try {
			m.end(status, date, Actor.current(), note);
		}
		catch (IllegalStateException ex) {
			throw new Rejection("status", "staff.end.notAllowed", before, status);
		}
		audit.record(AuditAction.ARCHIVE, ENTITY, m.getId(), m.getName(),
				List.of(new Change("status", before.name(), status.name())));
		events.publishEvent(new StaffLeft(m.getId(), status, date));
		return get(scope, id);
	}

	// ---- keeping unit paths in step with the tree

	@EventListener
	void on(UnitMoved moved) {
		staff.moveUnitPaths(moved.oldPath(), moved.newPath());
	}

	// ---- checks shared by forms and import

	/** A form that passed every check, with what the checks derived. */
	record Checked(String idNumber, IdNumberCheck.Sex sex, LocalDate birthDate, UnitView unit) {
	}

	Checked check(DataScope scope, StaffForm f) {
		return check(scope, f, code -> org.findByCode(scope, code));
	}

	/** The checks, finding units (already limited to the scope) through {@code units}. */
	Checked check(DataScope scope, StaffForm f, Function<String, Optional<UnitView>> units) {
		List<Problem> problems = new ArrayList<>();
		// Bean Validation runs here, after the permission check, for pages, API and
		// import alike.
		for (ConstraintViolation<StaffForm> v : validator.validate(f)) {
			String template = v.getMessageTemplate();
			String key = template.startsWith("{") && template.endsWith("}")
					? template.substring(1, template.length() - 1) : template;
			problems.add(new Problem(v.getPropertyPath().toString(), key));
		}
		IdNumberCheck id = rules.checkIdNumber(f.idNumber());
		if (!id.valid()) {
			id.reasons().forEach(r -> problems.add(new Problem("idNumber", r.messageKey(), r.args().toArray())));
		}
		LocalDate birth = id.valid() ? id.birthDate() : null;
		if (id.valid()) {
			if (f.sex() != null && f.sex() != id.sex()) {
				problems.add(new Problem("sex", "staff.sex.mismatchId", f.sex(), id.sex()));
			}
			if (f.birthDate() != null && !f.birthDate().equals(id.birthDate())) {
				problems.add(new Problem("birthDate", "staff.birthDate.mismatchId", f.birthDate(), id.birthDate()));
			}
			if (birth.isAfter(today())) {
				problems.add(new Problem("idNumber", "staff.birthDate.future", birth));
			}
		}
		checkDate(problems, "partyJoinDate", f.partyJoinDate(), birth);
		checkDate(problems, "workStartDate", f.workStartDate(), birth);
		checkDate(problems, "hireDate", f.hireDate(), birth);
		checkDate(problems, "titleDate", f.titleDate(), birth);
		if (birth != null && f.hireDate() != null && f.hireDate().isBefore(birth.plusYears(16))) {
			problems.add(new Problem("hireDate", "staff.hireDate.tooYoung", f.hireDate(), 16));
		}
		if (f.partyJoinDate() != null && f.politicalStatus() != PoliticalStatus.PARTY_MEMBER
				&& f.politicalStatus() != PoliticalStatus.PROBATIONARY_MEMBER) {
			problems.add(new Problem("partyJoinDate", "staff.partyJoinDate.notMember"));
		}
		if (f.titleDate() != null && (f.titleLevel() == null || f.titleLevel() == TitleLevel.NONE)) {
			problems.add(new Problem("titleDate", "staff.titleDate.noTitle"));
		}
		if (f.originalRetirementAge() != null && !Set.of(50, 55, 60).contains(f.originalRetirementAge())) {
			problems.add(new Problem("originalRetirementAge", "staff.originalRetirementAge.values",
					f.originalRetirementAge()));
		}
		boolean wellFormed = f.unitCode() != null && UNIT_CODE.matcher(f.unitCode()).matches();
		Optional<UnitView> unit = !wellFormed ? Optional.empty()
				: units.apply(f.unitCode()).filter(u -> u.status() == UnitStatus.ACTIVE);
		if (unit.isEmpty() && wellFormed) {
			problems.add(new Problem("unitCode", "staff.unitCode.unknown", f.unitCode() == null ? "" : f.unitCode()));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		return new Checked(id.normalized(), id.sex(), birth, unit.get());
	}

	private void checkDate(List<Problem> problems, String field, LocalDate date, LocalDate birth) {
		if (date == null) {
			return;
		}
		if (date.isAfter(today())) {
			problems.add(new Problem(field, "staff.date.future", date));
		}
		else if (birth != null && date.isBefore(birth)) {
			problems.add(new Problem(field, "staff.date.beforeBirth", date, birth));
		}
	}

	// ---- scope and filters

	StaffMember visible(DataScope scope, long id) {
		return staff.findOne(scope(scope).specification().and((root, q, cb) -> cb.equal(root.get("id"), id)))
			.orElseThrow(() -> new NotFound("staff " + id));
	}

	/** The caller's data scope on staff records (one rule, see {@link StaffScope}). */
	StaffScope scope(DataScope scope) {
		return StaffScope.of(scope, org);
	}

	Specification<StaffMember> matching(StaffFilter f) {
		String underPath = f.under() == null ? null : org.pathOf(f.under()).orElse("/none/");
		LocalDate today = today();
		return (root, q, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (f.name() != null && !f.name().isBlank()) {
				String like = "%" + escapeLike(f.name().strip()) + "%";
				where.add(cb.or(cb.like(root.get("name"), like, '\\'), cb.like(root.get("formerNames"), like, '\\')));
			}
			if (f.idNumber() != null && !f.idNumber().isBlank()) {
				where.add(cb.equal(root.get("idNumber"), f.idNumber().strip().toUpperCase()));
			}
			if (underPath != null) {
				where.add(cb.like(root.get("unitPath"), underPath + "%"));
			}
			if (f.stage() != null) {
				where.add(cb.equal(root.get("stage"), f.stage()));
			}
			if (f.subject() != null && !f.subject().isBlank()) {
				where.add(cb.equal(root.get("subject"), f.subject().strip()));
			}
			if (f.titleLevel() != null) {
				where.add(cb.equal(root.get("titleLevel"), f.titleLevel()));
			}
			if (f.employmentType() != null) {
				where.add(cb.equal(root.get("employmentType"), f.employmentType()));
			}
			if (f.status() != null) {
				where.add(cb.equal(root.get("status"), f.status()));
			}
			if (f.ageFrom() != null) {
				where.add(cb.lessThanOrEqualTo(root.get("birthDate"), today.minusYears(f.ageFrom())));
			}
			if (f.ageTo() != null) {
				where.add(cb.greaterThan(root.get("birthDate"), today.minusYears(f.ageTo() + 1L)));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	static String escapeLike(String s) {
		return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	// ---- views

	static StaffView toView(StaffMember m, UnitView unit) {
		return new StaffView(m.getId(), m.getIdNumber(), m.getName(), m.getFormerNames(), m.getSex(), m.getBirthDate(),
				StaffView.monthOf(m.getBirthDate()), m.getEthnicity(), m.getNativePlace(), m.getPoliticalStatus(),
				m.getPartyJoinDate(), m.getWorkStartDate(), m.getPhone(), m.getUnitId(),
				unit == null ? null : unit.code(), unit == null ? null : unit.name(), m.getEmploymentType(),
				m.getPostCategory(), m.isFullTimeTeacher(), m.getStage(), m.getSubject(), m.isBackbone(),
				m.isAcademicLeader(), m.getHireDate(), m.getHireChannel(), m.getHighestEducation(),
				m.getGraduateSchoolTier(), m.getTitleLevel(), m.getTitleDate(), m.getOriginalRetirementAge(),
				m.getStatus(), m.getStatusDate(), m.getVersion());
	}

	static Map<String, Object> snapshot(StaffMember m, UnitView unit) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("idNumber", m.getIdNumber());
		s.put("name", m.getName());
		s.put("formerNames", m.getFormerNames());
		s.put("sex", m.getSex());
		s.put("birthDate", m.getBirthDate());
		s.put("ethnicity", m.getEthnicity());
		s.put("nativePlace", m.getNativePlace());
		s.put("politicalStatus", m.getPoliticalStatus());
		s.put("partyJoinDate", m.getPartyJoinDate());
		s.put("workStartDate", m.getWorkStartDate());
		s.put("phone", m.getPhone());
		s.put("unitCode", unit == null ? m.getUnitId() : unit.code());
		s.put("employmentType", m.getEmploymentType());
		s.put("postCategory", m.getPostCategory());
		s.put("fullTimeTeacher", m.isFullTimeTeacher());
		s.put("stage", m.getStage());
		s.put("subject", m.getSubject());
		s.put("backbone", m.isBackbone());
		s.put("academicLeader", m.isAcademicLeader());
		s.put("hireDate", m.getHireDate());
		s.put("hireChannel", m.getHireChannel());
		s.put("highestEducation", m.getHighestEducation());
		s.put("graduateSchoolTier", m.getGraduateSchoolTier());
		s.put("titleLevel", m.getTitleLevel());
		s.put("titleDate", m.getTitleDate());
		s.put("originalRetirementAge", m.getOriginalRetirementAge());
		s.put("status", m.getStatus());
		return s;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	// ---- personnel-file categories (PersonnelFile; materials and sanctions are
	// personnelfile's)

	/** Every category's entries, archived included. */
	@Transactional(readOnly = true)
	public PersonnelFileView personnelFile(DataScope scope, long id) {
		return file.view(visible(scope, id));
	}

	@Transactional(readOnly = true)
	public List<FileEntryView> fileEntries(DataScope scope, long id, FileCategory category) {
		return file.list(visible(scope, id), category);
	}

	/** Adds an entry; the values are read into the category's form and checked. */
	@Transactional
	public FileEntryView addFileEntry(DataScope scope, long id, FileCategory category, Map<String, ?> values) {
		return file.add(visible(scope, id), category, values, today());
	}

	@Transactional
	public FileEntryView updateFileEntry(DataScope scope, long id, FileCategory category, long entryId,
			Map<String, ?> values) {
		return file.update(visible(scope, id), category, entryId, values, today());
	}

	@Transactional
	public FileEntryView archiveFileEntry(DataScope scope, long id, FileCategory category, long entryId) {
		return file.archive(visible(scope, id), category, entryId);
	}

	/**
	 * The person's current annual appraisals with the year's ethics assessment, oldest
	 * year first.
	 */
	@Transactional(readOnly = true)
	public List<AppraisalRecord> appraisals(DataScope scope, long staffId) {
		return file.appraisals(List.of(visible(scope, staffId).getId())).get(staffId);
	}

	/** Appraisals of many people; people outside the scope are left out. */
	@Transactional(readOnly = true)
	public Map<Long, List<AppraisalRecord>> appraisals(DataScope scope, java.util.Collection<Long> staffIds) {
		return file.appraisals(visible(scope, staffIds).keySet());
	}

	/** The person's current teacher qualification certificates. */
	@Transactional(readOnly = true)
	public List<CertificateRecord> certificates(DataScope scope, long staffId) {
		return file.certificates(List.of(visible(scope, staffId).getId())).get(staffId);
	}

	/** Certificates of many people; people outside the scope are left out. */
	@Transactional(readOnly = true)
	public Map<Long, List<CertificateRecord>> certificates(DataScope scope, java.util.Collection<Long> staffIds) {
		return file.certificates(visible(scope, staffIds).keySet());
	}

	/**
	 * Records that a certificate is revoked (撤销) or lost (丧失), or stands again; audited.
	 */
	@Transactional
	public FileEntryView certificateStatus(DataScope scope, long staffId, long entryId, CertificateStatus status,
			LocalDate on, String note) {
		return file.certificateStatus(visible(scope, staffId), entryId, status, on, note, today());
	}

	// ---- life events (a requested move, trace, periods)

	/**
	 * The date of a person's latest transfer in the caller's scope, or {@code null}; a
	 * transfer request may not be dated before it.
	 */
	@Transactional(readOnly = true)
	public LocalDate lastTransferOn(DataScope scope, long staffId) {
		return visible(scope, staffId).lastTransferOn();
	}

	/**
	 * Moves a person in the caller's scope as an approved transfer request of the
	 * {@code transfers} module says, with all their history; the old unit keeps the event
	 * and the audit entry names the request.
	 */
	@Transactional
	public StaffView moveOnRequest(DataScope scope, long staffId, long fromUnitId, long toUnitId, LocalDate on,
			String reason, long requestId) {
		StaffMember m = visible(scope, staffId);
		UnitView to = org.byIds(List.of(toUnitId)).get(toUnitId);
		if (to == null) {
			throw new NotFound("unit " + toUnitId);
		}
		transfers.moveOnRequest(m, fromUnitId, to, on, reason, requestId);
		return toView(m, to);
	}

	/**
	 * The read-only trace a former unit keeps of a person transferred away: readable when
	 * a TRANSFER event's {@code fromUnitId} lies in the caller's scope; search is not
	 * widened.
	 */
	@Transactional(readOnly = true)
	public StaffTrace trace(DataScope scope, long id) {
		return transfers.trace(scope, id);
	}

	/** Records a secondment or long leave; the person stays active. */
	@Transactional
	public List<StaffEventView> recordPeriod(DataScope scope, long id, PeriodForm form) {
		return transfers.recordPeriod(visible(scope, id), form);
	}

	// ---- for the merge of duplicates, which personnelfile runs

	/**
	 * Records sharing name and birth date with another record in the caller's scope,
	 * grouped, merged ones left out.
	 */
	@Transactional(readOnly = true)
	public List<List<StaffView>> duplicateGroups(DataScope scope) {
		return duplicates.find(scopePrefix(scope));
	}

	/**
	 * One page of {@link #duplicateGroups(DataScope)}, paged in the query by group (page
	 * from 0, size 1–200 groups).
	 */
	@Transactional(readOnly = true)
	public Page<List<StaffView>> duplicateGroups(DataScope scope, int page, int size) {
		return duplicates.find(scopePrefix(scope), io.edubureau.platform.Paging.request(page, size, MAX_PAGE_SIZE));
	}

	/**
	 * The person records' part of a merge the caller has checked (two unmerged records in
	 * the scope sharing name and birth date): the merged one is kept and marked merged,
	 * both get a MERGE event naming the other, its file entries and postings move to the
	 * survivor, and both records are audited, the survivor's entry naming
	 * {@code alsoCarried} (what the caller moved itself) too.
	 */
	@Transactional
	public StaffView absorbDuplicate(DataScope scope, long survivorId, long mergedId, String note,
			List<Change> alsoCarried) {
		StaffMember survivor = duplicates.merge(visible(scope, survivorId), visible(scope, mergedId), note,
				alsoCarried);
		return toView(survivor, org.byIds(List.of(survivor.getUnitId())).get(survivor.getUnitId()));
	}

	// ---- retirement (policy rules §1)

	/**
	 * The person's statutory retirement under the 2025 reform, from their birth month and
	 * the stored original age, with the reasons.
	 */
	@Transactional(readOnly = true)
	public io.edubureau.rules.RetirementDecision retirement(DataScope scope, long id) {
		StaffMember m = visible(scope, id);
		return rules.retirement(java.time.YearMonth.from(m.getBirthDate()), m.getOriginalRetirementAge());
	}

	/**
	 * Active people in scope whose statutory retirement month falls within the next
	 * {@code months} months (this month included), soonest first. One query per original
	 * age, each over the only birth months that can retire in the window (the delay is at
	 * most 60 months).
	 */
	@Transactional(readOnly = true)
	public List<UpcomingRetirement> upcomingRetirements(DataScope scope, int months) {
		if (months < 1 || months > 60) {
			throw Rejection.malformed("months", "staff.retirement.months");
		}
		java.time.YearMonth first = java.time.YearMonth.from(today());
		java.time.YearMonth last = first.plusMonths(months - 1L);
		List<UpcomingRetirement> found = new ArrayList<>();
		for (int age : new int[] { 60, 55, 50 }) {
			LocalDate bornFrom = first.minusYears(age).minusMonths(60).atDay(1);
			LocalDate bornTo = last.minusYears(age).atEndOfMonth();
			Specification<StaffMember> window = (root, q, cb) -> cb.and(
					cb.equal(root.get("status"), StaffStatus.ACTIVE), cb.equal(root.get("originalRetirementAge"), age),
					cb.between(root.get("birthDate"), bornFrom, bornTo));
			List<StaffMember> candidates = staff.findAll(scope(scope).specification().and(window));
			Map<Long, UnitView> units = org.byIds(candidates.stream().map(StaffMember::getUnitId).distinct().toList());
			for (StaffMember m : candidates) {
				io.edubureau.rules.RetirementDecision d = rules.retirement(java.time.YearMonth.from(m.getBirthDate()),
						age);
				if (!d.statutoryRetirement().isBefore(first) && !d.statutoryRetirement().isAfter(last)) {
					found.add(new UpcomingRetirement(toView(m, units.get(m.getUnitId())), d));
				}
			}
		}
		found.sort(java.util.Comparator.comparing((UpcomingRetirement u) -> u.decision().statutoryRetirement())
			.thenComparing(u -> u.person().name()));
		return found;
	}

	/**
	 * One page of {@link #upcomingRetirements(DataScope, int)} cut in the query: the rule
	 * is asked once per birth month of the window (its answer depends only on that month
	 * and the original age), the months that retire in the window become birth-date
	 * ranges, and the same ranges order the rows by their retirement month.
	 */
	@Transactional(readOnly = true)
	public Page<UpcomingRetirement> upcomingRetirements(DataScope scope, int months, int page, int size) {
		if (months < 1 || months > 60) {
			throw Rejection.malformed("months", "staff.retirement.months");
		}
		java.time.YearMonth first = java.time.YearMonth.from(today());
		java.time.YearMonth last = first.plusMonths(months - 1L);
		// {original age, first birth month, last birth month, retirement month as yyyymm}
		List<int[]> ranges = new ArrayList<>();
		for (int age : new int[] { 60, 55, 50 }) {
			for (java.time.YearMonth born = first.minusYears(age).minusMonths(60); !born
				.isAfter(last.minusYears(age)); born = born.plusMonths(1)) {
				java.time.YearMonth retires = rules.retirement(born, age).statutoryRetirement();
				if (retires.isBefore(first) || retires.isAfter(last)) {
					continue;
				}
				int key = retires.getYear() * 100 + retires.getMonthValue();
				int month = born.getYear() * 100 + born.getMonthValue();
				int[] previous = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
				if (previous != null && previous[0] == age && previous[3] == key
						&& java.time.YearMonth.of(previous[2] / 100, previous[2] % 100).plusMonths(1).equals(born)) {
					previous[2] = month;
				}
				else {
					ranges.add(new int[] { age, month, month, key });
				}
			}
		}
		Specification<StaffMember> window = (root, q, cb) -> {
			if (ranges.isEmpty()) {
				return cb.disjunction();
			}
			List<Predicate> any = new ArrayList<>();
			jakarta.persistence.criteria.CriteriaBuilder.Case<Integer> retires = cb.selectCase();
			for (int[] r : ranges) {
				Predicate in = cb.and(cb.equal(root.get("originalRetirementAge"), r[0]),
						cb.between(root.get("birthDate"), LocalDate.of(r[1] / 100, r[1] % 100, 1),
								java.time.YearMonth.of(r[2] / 100, r[2] % 100).atEndOfMonth()));
				any.add(in);
				retires = retires.when(in, r[3]);
			}
			q.orderBy(cb.asc(retires.otherwise(0)), cb.asc(root.get("name")), cb.asc(root.get("id")));
			return cb.and(cb.equal(root.get("status"), StaffStatus.ACTIVE), cb.or(any.toArray(Predicate[]::new)));
		};
		Page<StaffMember> found = staff.findAll(scope(scope).specification().and(window),
				io.edubureau.platform.Paging.request(page, size, 200));
		Map<Long, UnitView> units = org
			.byIds(found.getContent().stream().map(StaffMember::getUnitId).distinct().toList());
		return found.map(m -> new UpcomingRetirement(toView(m, units.get(m.getUnitId())),
				rules.retirement(java.time.YearMonth.from(m.getBirthDate()), m.getOriginalRetirementAge())));
	}

	// ---- professional titles (read and written by the titles module)

	/**
	 * The person's title history from the personnel file (unarchived entries, earliest
	 * obtained first).
	 */
	@Transactional(readOnly = true)
	public List<TitleForm> titles(DataScope scope, long id) {
		return file.titles(visible(scope, id));
	}

	/**
	 * Active staff per unit and current title level (key: the {@link TitleLevel} name),
	 * in one grouped query.
	 */
	@Transactional(readOnly = true)
	public List<Headcount> titleHolders(DataScope scope) {
		return scopePrefix(scope)
			.map(prefix -> staff.titleHoldersByUnit(prefix)
				.stream()
				.map(r -> new Headcount((Long) r[0], ((TitleLevel) r[1]).name(), ((Long) r[2]).intValue()))
				.filter(h -> scope.kind() != ScopeKind.UNIT || h.unitId() == scope.unitId())
				.toList())
			.orElse(List.of());
	}

	/**
	 * Appoints the person to a title granted by a title round: a title entry in the file
	 * and the person's current title, both audited.
	 */
	@Transactional
	public FileEntryView appointTitle(DataScope scope, long id, TitleLevel level, LocalDate obtainedOn,
			LocalDate appointedOn) {
		StaffMember m = visible(scope, id);
		TitleLevel before = m.getTitleLevel();
		LocalDate beforeDate = m.getTitleDate();
		FileEntryView entry = file.appointTitle(m, new TitleForm(level, obtainedOn, appointedOn), today());
		m.appointTitle(level, obtainedOn);
		audit.record(AuditAction.UPDATE, ENTITY, m.getId(), m.getName(),
				Change.between(Map.of("titleLevel", before, "titleDate", String.valueOf(beforeDate)),
						Map.of("titleLevel", level, "titleDate", String.valueOf(obtainedOn))));
		return entry;
	}

	// ---- for other modules

	/**
	 * Sets the key-teacher flags (骨干教师, 学科带头人) as the awards module derives them from the
	 * designations in force, so staff keeps them without depending on awards; audited
	 * when they change.
	 */
	@Transactional
	public void markKeyTeacher(long id, boolean backbone, boolean academicLeader, String because) {
		StaffMember m = staff.findById(id).orElseThrow(() -> new NotFound("staff " + id));
		if (m.isBackbone() == backbone && m.isAcademicLeader() == academicLeader) {
			return;
		}
		Map<String, Object> before = Map.of("backbone", m.isBackbone(), "academicLeader", m.isAcademicLeader());
		m.markKeyTeacher(backbone, academicLeader);
		audit.record(AuditAction.UPDATE, ENTITY, m.getId(), m.getName() + " (" + because + ")",
				Change.between(before, Map.of("backbone", backbone, "academicLeader", academicLeader)));
	}

	/**
	 * Active full-time teachers in scope on a date (status active, hired by the date or
	 * hire date unknown) per unit id, in one grouped query.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Integer> teachersByUnit(DataScope scope, LocalDate on) {
		return sets.byUnit(scope, on);
	}

	/**
	 * Of these people ({@code null}: everyone), the active full-time teachers in scope on
	 * a date with their unit, hire and work-start dates; one query per thousand ids.
	 */
	@Transactional(readOnly = true)
	public List<TeacherAnchor> teacherAnchors(DataScope scope, LocalDate on, java.util.Collection<Long> ids) {
		return sets.anchors(scope, on, ids);
	}

	/**
	 * The active people in scope whose unit is under {@code path} (a unit path), with
	 * their unit and teaching stage, in one read (pay's payroll month).
	 */
	@Transactional(readOnly = true)
	public List<StaffPlacement> activeUnder(DataScope scope, String path) {
		return sets.activeUnder(scope, path);
	}

	/**
	 * The ids among these that the scope sees, one query per thousand ids and no person
	 * loaded; for counts, where {@link #visible(DataScope, java.util.Collection)} would
	 * build every view.
	 */
	@Transactional(readOnly = true)
	public Set<Long> visibleIds(DataScope scope, java.util.Collection<Long> ids) {
		return ids.isEmpty() ? Set.of() : sets.visibleIds(scope, ids);
	}

	/**
	 * The day each of these people in scope came to the unit they are at now (the end of
	 * their last transfer, else the hire date), for the exchange rule's continuous years;
	 * people with neither are absent.
	 */
	@Transactional(readOnly = true)
	public Map<Long, LocalDate> arrivals(DataScope scope, java.util.Collection<Long> ids) {
		return ids.isEmpty() ? Map.of() : sets.arrivals(scope, ids);
	}

	/**
	 * The unit each of these people was at on a day, by person id (for lists of a past
	 * year, which show people where they were counted).
	 */
	@Transactional(readOnly = true)
	public Map<Long, UnitView> unitsOn(java.util.Collection<Long> ids, LocalDate day) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, Long> at = sets.unitsOn(ids, day);
		Map<Long, UnitView> units = org.byIds(at.values().stream().distinct().toList());
		Map<Long, UnitView> byPerson = new LinkedHashMap<>();
		at.forEach((person, unit) -> {
			if (units.containsKey(unit)) {
				byPerson.put(person, units.get(unit));
			}
		});
		return byPerson;
	}

	/**
	 * The ids among these that the scope saw on a day, each person read at the unit they
	 * were at then (a past year's figures count people where they were); one query per
	 * thousand ids.
	 */
	@Transactional(readOnly = true)
	public Set<Long> visibleIdsOn(DataScope scope, java.util.Collection<Long> ids, LocalDate day) {
		return ids.isEmpty() ? Set.of() : sets.visibleIdsOn(scope, ids, day);
	}

	/**
	 * The data scope as a predicate on another module's record that keeps a person's id
	 * in {@code attribute}, with the same answer as {@link #visible}: a subquery on the
	 * staff records, so that a paged list applies the scope in its query instead of a
	 * list of ids (issue 23); with {@code activeOnly} only people still active.
	 */
	@Transactional(readOnly = true)
	public <T> Specification<T> staffIdScope(DataScope scope, String attribute, boolean activeOnly) {
		StaffScope within = scope(scope);
		if (within.seesNobody()) {
			return (root, q, cb) -> cb.disjunction();
		}
		Specification<StaffMember> who = within.specification();
		return (root, q, cb) -> {
			Subquery<Long> people = q.subquery(Long.class);
			Root<StaffMember> s = people.from(StaffMember.class);
			Predicate where = who.toPredicate(s, q, cb);
			if (activeOnly) {
				where = cb.and(where, cb.equal(s.get("status"), StaffStatus.ACTIVE));
			}
			people.select(s.<Long>get("id")).where(where);
			return root.get(attribute).in(people);
		};
	}

	/**
	 * The people with these ids that the scope sees, by id, in one query; ids outside the
	 * scope are simply absent.
	 */
	@Transactional(readOnly = true)
	public Map<Long, StaffView> visible(DataScope scope, java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		// In pieces, so the IN list stays within every database's bind-parameter limit.
		List<Long> all = List.copyOf(new HashSet<>(ids));
		List<StaffMember> found = new ArrayList<>(all.size());
		for (int from = 0; from < all.size(); from += 1000) {
			List<Long> part = all.subList(from, Math.min(all.size(), from + 1000));
			found.addAll(staff.findAll(scope(scope).specification().and((root, q, cb) -> root.get("id").in(part))));
		}
		Map<Long, UnitView> units = org.byIds(found.stream().map(StaffMember::getUnitId).distinct().toList());
		Map<Long, StaffView> byId = new LinkedHashMap<>();
		found.forEach(m -> byId.put(m.getId(), toView(m, units.get(m.getUnitId()))));
		return byId;
	}

	// ---- for the retirement module (which changes status through end(...))

	/**
	 * Records the benefits decided for a deceased person's survivor as a life event in
	 * the person's history (the benefits themselves are the retirement module's).
	 */
	@Transactional
	public List<StaffEventView> recordSurvivorBenefit(DataScope scope, long id, LocalDate decidedOn, String survivor) {
		StaffMember m = visible(scope, id);
		m.record(new StaffEvent(m, StaffEventKind.BENEFIT, decidedOn, m.getUnitId(), null, survivor, Actor.current()));
		return m.getEvents().stream().map(StaffEvent::toView).toList();
	}

	/**
	 * Whether the signed-in user may see staff's sensitive fields (identity numbers,
	 * birth dates, phones) unmasked; other modules' pages mask by the same rule.
	 */
	public static boolean revealsSensitive() {
		return StaffApiController.revealsSensitive();
	}

	// ---- bulk loading

	/**
	 * Writes generated people with their events, education, titles and appraisals
	 * straight into an empty staff register (PostgreSQL COPY in batches, no per-person
	 * checks or audit entries: a data set, not a change anyone made).
	 * @param progress told the number of people written after each batch
	 * @return the number of people written
	 * @throws IllegalStateException when the register already has people
	 */
	public long bulkLoad(Iterator<StaffSeed> seeds, Instant at, Consumer<Long> progress) {
		if (staff.count() > 0) {
			throw new IllegalStateException("The database already has staff; bulk loading needs an empty one");
		}
		return bulk.load(seeds, at, "generator", progress);
	}

}
