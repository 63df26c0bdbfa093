package io.edubureau.facilities;

import java.time.LocalDate;
import java.time.Year;
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
import io.edubureau.org.UnitType;
import io.edubureau.org.UnitView;
import io.edubureau.platform.Actor;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Paging;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;
import io.edubureau.rules.RulesManagement;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school buildings (校舍) of the scope and their dangerous ones (危房): recorded,
 * appraised A–D by a day, a C/D building given a remedy plan (reinforcement or demolition
 * by a deadline), taken out of use or demolished; every step a history row and an audit
 * entry. A record outside the scope is not found (404), like a missing one.
 */
@Service
class BuildingRegister {

	static final String ENTITY = "facilities.building";

	static final int MAX_PAGE_SIZE = 200;

	// A plan's deadline lies at most this many years after the appraisal that called for
	// it.
	static final int PLAN_YEARS = 5;

	/** Which buildings a list shows. */
	enum Filter {

		ALL, DANGEROUS, WITHOUT_PLAN

	}

	private final BuildingRepository buildings;

	private final OrgManagement org;

	private final RulesManagement rules;

	private final AuditManagement audit;

	private final EntityManager em;

	BuildingRegister(BuildingRepository buildings, OrgManagement org, RulesManagement rules, AuditManagement audit,
			EntityManager em) {
		this.buildings = buildings;
		this.org = org;
		this.rules = rules;
		this.audit = audit;
		this.em = em;
	}

	// ---- reading

	/**
	 * One page of the buildings of the scope (optionally of one unit), by school and
	 * name.
	 */
	@Transactional(readOnly = true)
	public Page<BuildingView> buildings(DataScope scope, Long unitId, Filter filter, int page, int size) {
		Page<Building> found = buildings.findAll(where(scope, unitId, filter),
				Paging.request(page, size, MAX_PAGE_SIZE, Sort.by("unitId", "name", "id")));
		return new PageImpl<>(views(found.getContent()), found.getPageable(), found.getTotalElements());
	}

	Specification<Building> where(DataScope scope, Long unitId, Filter filter) {
		Specification<Building> where = org.unitScope(scope);
		if (unitId != null) {
			where = where.and((root, q, cb) -> cb.equal(root.get("unitId"), unitId));
		}
		if (filter == Filter.DANGEROUS || filter == Filter.WITHOUT_PLAN) {
			where = where.and((root, q, cb) -> cb.and(root.get("grade").in(AppraisalGrade.C, AppraisalGrade.D),
					cb.notEqual(root.get("status"), BuildingStatus.DEMOLISHED)));
		}
		if (filter == Filter.WITHOUT_PLAN) {
			where = where.and((root, q, cb) -> cb.isNull(root.get("remedy")));
		}
		return where;
	}

	@Transactional(readOnly = true)
	public BuildingDetail building(DataScope scope, long id) {
		Building b = visible(scope, id);
		return new BuildingDetail(views(List.of(b)).get(0),
				buildings.history(b.getId()).stream().map(BuildingStep::toView).toList(),
				rules.explain(reasons(b), LocaleContextHolder.getLocale()));
	}

	// Why the building is or is not a dangerous building, and what it still needs.
	private static List<Reason> reasons(Building b) {
		List<Reason> reasons = new ArrayList<>();
		if (b.getGrade() == null) {
			reasons.add(new Reason(PolicyRule.BUILDING_APPRAISAL, "facilities.reason.building.notAppraised"));
			return reasons;
		}
		reasons.add(new Reason(PolicyRule.BUILDING_APPRAISAL, "facilities.reason.building.grade." + b.getGrade().name(),
				b.getAppraisedOn().toString()));
		if (b.dangerous()) {
			reasons.add(b.getRemedy() == null
					? new Reason(PolicyRule.BUILDING_APPRAISAL, "facilities.reason.building.noPlan")
					: new Reason(PolicyRule.BUILDING_APPRAISAL, "facilities.reason.building.plan",
							new DefaultMessageSourceResolvable(
									new String[] { "enum.BuildingRemedy." + b.getRemedy().name() },
									b.getRemedy().name()),
							b.getRemedyDeadline().toString()));
		}
		return reasons;
	}

	private Building visible(DataScope scope, long id) {
		return buildings.findOne(org.<Building>unitScope(scope).and((root, q, cb) -> cb.equal(root.get("id"), id)))
			.orElseThrow(() -> new NotFound("building " + id));
	}

	List<BuildingView> views(List<Building> found) {
		Map<Long, String> names = new HashMap<>();
		org.byIds(found.stream().map(Building::getUnitId).distinct().toList())
			.forEach((id, u) -> names.put(id, u.name()));
		LocalDate today = today();
		return found.stream().map(b -> view(b, names.get(b.getUnitId()), today)).toList();
	}

	private static BuildingView view(Building b, String unitName, LocalDate today) {
		boolean dangerous = b.dangerous();
		return new BuildingView(b.getId(), b.getUnitId(), unitName, b.getName(), b.getUse(), b.getFloors(),
				b.getFloorArea(), b.getYearBuilt(), b.getStructure(), b.getGrade(), b.getAppraisedOn(), b.getRemedy(),
				b.getRemedyDeadline(), b.getStatus(), b.getDemolishedOn(), dangerous,
				dangerous && b.getRemedy() == null,
				dangerous && b.getRemedyDeadline() != null && today.isAfter(b.getRemedyDeadline()));
	}

	// ---- changes

	/** Records a building of a school in the scope, in use. */
	@Transactional
	public BuildingDetail record(DataScope scope, BuildingForms.NewBuilding form) {
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
		List<Problem> problems = new ArrayList<>();
		String name = text(problems, "name", form.name(), 100, true);
		if (form.use() == null) {
			problems.add(new Problem("use", "facilities.required"));
		}
		if (form.structure() == null) {
			problems.add(new Problem("structure", "facilities.required"));
		}
		range(problems, "floors", form.floors(), 1, 50);
		range(problems, "floorArea", form.floorArea(), 1, 1_000_000);
		range(problems, "yearBuilt", form.yearBuilt(), 1900, today().getYear());
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		Building b = buildings.save(new Building(unit.id(), org.pathOf(unit.id()).orElseThrow(), name, form.use(),
				form.floors(), form.floorArea(), form.yearBuilt(), form.structure(), Actor.current()));
		// The history row refers to the building by id only: the building goes out first.
		em.flush();
		em.persist(BuildingStep.recorded(b.getId(), today(), Actor.current()));
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("unit", unit.id());
		created.put("name", name);
		created.put("use", form.use());
		created.put("floors", form.floors());
		created.put("floorArea", form.floorArea());
		created.put("yearBuilt", form.yearBuilt());
		created.put("structure", form.structure());
		audit.record(AuditAction.CREATE, ENTITY, b.getId(), unit.name() + " " + name, Change.created(created));
		return building(scope, b.getId());
	}

	/**
	 * Records a safety appraisal: the grade by its day, which lies between the year built
	 * and today and not before the last appraisal (the latest by its day is the grade).
	 */
	@Transactional
	public BuildingDetail appraise(DataScope scope, long id, BuildingForms.Appraisal form) {
		Building b = visible(scope, id);
		if (form == null) {
			throw new Rejection(null, "facilities.required");
		}
		if (b.getStatus() == BuildingStatus.DEMOLISHED) {
			throw new Rejection("status", "facilities.building.demolished", b.getDemolishedOn());
		}
		List<Problem> problems = new ArrayList<>();
		if (form.grade() == null) {
			problems.add(new Problem("grade", "facilities.required"));
		}
		LocalDate earliest = b.getAppraisedOn() != null ? b.getAppraisedOn() : Year.of(b.getYearBuilt()).atDay(1);
		day(problems, "appraisedOn", form.appraisedOn(), earliest);
		String note = text(problems, "note", form.note(), 500, false);
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		AppraisalGrade before = b.getGrade();
		b.appraise(form.grade(), form.appraisedOn(), Actor.current());
		em.persist(BuildingStep.appraised(b.getId(), form.grade(), form.appraisedOn(), note, Actor.current()));
		audit.record(AuditAction.UPDATE, ENTITY, b.getId(), b.getName(),
				List.of(new Change("grade", before == null ? null : before.name(), form.grade().name()),
						new Change("appraisedOn", null, form.appraisedOn().toString())));
		return building(scope, id);
	}

	/**
	 * The remedy plan of a dangerous (C/D) building: reinforcement or demolition by a
	 * deadline on or after its appraisal and at most {@value #PLAN_YEARS} years after it.
	 */
	@Transactional
	public BuildingDetail plan(DataScope scope, long id, BuildingForms.Plan form) {
		Building b = visible(scope, id);
		if (form == null) {
			throw new Rejection(null, "facilities.required");
		}
		if (!b.dangerous()) {
			throw new Rejection("remedy", "facilities.building.plan.notDangerous");
		}
		List<Problem> problems = new ArrayList<>();
		if (form.remedy() == null) {
			problems.add(new Problem("remedy", "facilities.required"));
		}
		LocalDate latest = b.getAppraisedOn().plusYears(PLAN_YEARS);
		if (form.deadline() == null) {
			problems.add(new Problem("deadline", "facilities.required"));
		}
		else if (form.deadline().isBefore(b.getAppraisedOn()) || form.deadline().isAfter(latest)) {
			problems.add(new Problem("deadline", "facilities.building.plan.deadline", form.deadline(),
					b.getAppraisedOn(), latest));
		}
		String note = text(problems, "note", form.note(), 500, false);
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		BuildingRemedy before = b.getRemedy();
		LocalDate beforeDeadline = b.getRemedyDeadline();
		b.plan(form.remedy(), form.deadline(), Actor.current());
		em.persist(BuildingStep.planned(b.getId(), form.remedy(), form.deadline(), today(), note, Actor.current()));
		audit.record(AuditAction.UPDATE, ENTITY, b.getId(), b.getName(),
				List.of(new Change("remedy", before == null ? null : before.name(), form.remedy().name()),
						new Change("remedyDeadline", beforeDeadline == null ? null : beforeDeadline.toString(),
								form.deadline().toString())));
		return building(scope, id);
	}

	/**
	 * Moves a building between in use and out of use, or to demolished (final), on a day
	 * not in the future; a D building (整幢危房) is not put back in use before it is
	 * appraised again.
	 */
	@Transactional
	public BuildingDetail changeStatus(DataScope scope, long id, BuildingForms.StatusChange form) {
		Building b = visible(scope, id);
		if (form == null || form.status() == null) {
			throw new Rejection("status", "facilities.required");
		}
		if (!b.getStatus().canBecome(form.status())) {
			throw new Rejection("status", "facilities.building.transition", label(b.getStatus()), label(form.status()));
		}
		if (form.status() == BuildingStatus.IN_USE && b.getGrade() == AppraisalGrade.D) {
			throw new Rejection("status", "facilities.building.gradeD", b.getAppraisedOn());
		}
		List<Problem> problems = new ArrayList<>();
		LocalDate earliest = b.getAppraisedOn() != null ? b.getAppraisedOn() : Year.of(b.getYearBuilt()).atDay(1);
		day(problems, "on", form.on(), earliest);
		String note = text(problems, "note", form.note(), 500, false);
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		BuildingStatus from = b.getStatus();
		b.moveTo(form.status(), form.on(), Actor.current());
		em.persist(BuildingStep.status(b.getId(), from, form.status(), form.on(), note, Actor.current()));
		audit.record(form.status() == BuildingStatus.DEMOLISHED ? AuditAction.ARCHIVE : AuditAction.UPDATE, ENTITY,
				b.getId(), b.getName(), List.of(new Change("status", from.name(), form.status().name()),
						new Change("on", null, form.on().toString())));
		return building(scope, id);
	}

	@org.springframework.context.event.EventListener
	void on(io.edubureau.org.UnitMoved moved) {
		buildings.moveUnitPaths(moved.oldPath(), moved.newPath());
	}

	// ---- for the figures

	/**
	 * The buildings of the scope standing on a day (built by its year, not demolished by
	 * it), each with its grade on that day (the latest appraisal up to it; null when
	 * none).
	 */
	@Transactional(readOnly = true)
	Map<Building, AppraisalGrade> standingOn(DataScope scope, LocalDate day) {
		List<Building> found = buildings
			.findAll(
					org.<Building>unitScope(scope)
						.and((root, q, cb) -> cb.and(cb.lessThanOrEqualTo(root.get("yearBuilt"), day.getYear()),
								cb.or(cb.isNull(root.get("demolishedOn")),
										cb.greaterThan(root.get("demolishedOn"), day)))),
					Sort.by("unitId", "name", "id"));
		Map<Long, AppraisalGrade> grades = new HashMap<>();
		List<Long> ids = found.stream().map(Building::getId).toList();
		// In slices, so a province's buildings never make one giant IN list.
		for (int i = 0; i < ids.size(); i += 1000) {
			buildings.stepsUpTo(ids.subList(i, Math.min(ids.size(), i + 1000)), BuildingStep.Event.APPRAISED, day)
				.forEach(s -> grades.put(s.getBuildingId(), s.getGrade()));
		}
		Map<Building, AppraisalGrade> out = new LinkedHashMap<>();
		found.forEach(b -> out.put(b, grades.get(b.getId())));
		return out;
	}

	Map<Long, String> unitNames(List<Long> unitIds) {
		Map<Long, String> names = new HashMap<>();
		org.byIds(unitIds).forEach((id, u) -> names.put(id, u.name()));
		return names;
	}

	// ---- checks

	private void day(List<Problem> problems, String field, LocalDate day, LocalDate earliest) {
		if (day == null) {
			problems.add(new Problem(field, "facilities.required"));
		}
		else if (day.isBefore(earliest) || day.isAfter(today())) {
			problems.add(new Problem(field, "facilities.date.range", day, earliest, today()));
		}
	}

	private static void range(List<Problem> problems, String field, Integer value, int min, int max) {
		if (value == null) {
			problems.add(new Problem(field, "facilities.required"));
		}
		else if (value < min || value > max) {
			problems.add(new Problem(field, "facilities.building.range", value, min, max));
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

	// Worded in the reader's language when the message is resolved, never shown as a
	// code.
	private static DefaultMessageSourceResolvable label(BuildingStatus status) {
		return new DefaultMessageSourceResolvable(new String[] { "enum.BuildingStatus." + status.name() },
				status.name());
	}

	LocalDate today() {
		return LocalDate.now();
	}

}
