package io.edubureau.selfservice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.ScopeKind;
import io.edubureau.org.UnitView;
import io.edubureau.platform.NotFound;
import io.edubureau.reports.FigureContributor;
import io.edubureau.reports.FigureDefinition;
import io.edubureau.reports.FigureQuery;
import io.edubureau.reports.FigureRecords;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The self-service figures of the year: teachers' change requests approved into the file
 * in the year, and those returned for correction at least once in the year (by the step's
 * instant, 1 January to 31 December). A request counts at the unit it was submitted from,
 * as the review queue applies the scope in its query.
 */
@Component
class SelfServiceFigures implements FigureContributor {

	static final String APPROVED = "selfservice.changesApproved";

	static final String RETURNED = "selfservice.changesReturned";

	private static final String MODULE = "selfservice";

	private static final List<String> COLUMNS = List.of("selfService.figures.person", "selfService.figures.unit",
			"selfService.figures.statusNow");

	private final ChangeRequestRepository requests;

	private final OrgManagement org;

	private final StaffManagement staff;

	private final List<FigureDefinition> definitions = List.of(new FigureDefinition(APPROVED, "当年审核通过的自助信息变更",
			"Self-service changes approved", "requests",
			"教职工通过自助服务提交、在当年（1月1日至12月31日）审核通过并写入档案的信息变更申请数，按提交单位统计；明细列出这些申请。",
			"Changes staff submitted to their own files through self-service and the reviewer approved into the file during the year (1 January to 31 December), counted at the unit they were submitted from; its records are the requests.",
			MODULE, false),
			new FigureDefinition(RETURNED, "当年退回修改的自助信息变更", "Self-service changes returned", "requests",
					"教职工通过自助服务提交、在当年（1月1日至12月31日）至少被退回修改一次的信息变更申请数，按提交单位统计；明细列出这些申请。",
					"Changes staff submitted to their own files through self-service that the reviewer returned for correction at least once during the year (1 January to 31 December), counted at the unit they were submitted from; its records are the requests.",
					MODULE, false));

	SelfServiceFigures(ChangeRequestRepository requests, OrgManagement org, StaffManagement staff) {
		this.requests = requests;
		this.org = org;
		this.staff = staff;
	}

	@Override
	public List<FigureDefinition> definitions() {
		return definitions;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, BigDecimal> compute(FigureQuery q) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		for (String key : List.of(APPROVED, RETURNED)) {
			values.put(key, BigDecimal.valueOf(requests.count(counted(key, q))));
		}
		return values;
	}

	/** The requests a key counted, oldest first. */
	@Override
	@Transactional(readOnly = true)
	public FigureRecords records(String key, FigureQuery q, int page, int size) {
		if (!List.of(APPROVED, RETURNED).contains(key)) {
			throw new NotFound("figure " + key);
		}
		Page<ChangeRequest> found = requests.findAll(counted(key, q),
				PageRequest.of(Math.max(page, 0), Math.max(size, 1), Sort.by("id")));
		List<Long> people = found.stream().map(ChangeRequest::getStaffId).distinct().toList();
		// Named as the queue names them; reports keeps the links the reader may open.
		Map<Long, StaffView> named = staff.visible(DataScope.all(), people);
		Map<Long, UnitView> units = org
			.byIds(found.stream().map(ChangeRequest::getUnitId).filter(java.util.Objects::nonNull).distinct().toList());
		List<List<String>> rows = new ArrayList<>();
		List<Long> links = new ArrayList<>();
		for (ChangeRequest r : found) {
			StaffView p = named.get(r.getStaffId());
			UnitView u = r.getUnitId() == null ? null : units.get(r.getUnitId());
			rows.add(List.of(p == null ? "#" + r.getStaffId() : p.name(), u == null ? "" : u.name(),
					"enum.ChangeStatus." + r.getStatus().name()));
			links.add(r.getStaffId());
		}
		return new FigureRecords(COLUMNS, rows, found.getTotalElements(), links);
	}

	private Specification<ChangeRequest> counted(String key, FigureQuery q) {
		if (q.scope().kind() == ScopeKind.SELF || q.scope().seesNothing()) {
			return (root, cq, cb) -> cb.disjunction();
		}
		ChangeStatus to = APPROVED.equals(key) ? ChangeStatus.APPROVED : ChangeStatus.RETURNED;
		Instant from = startOf(q.from());
		Instant end = startOf(q.to().plusDays(1));
		Specification<ChangeRequest> stepped = (root, cq, cb) -> {
			Subquery<Long> step = cq.subquery(Long.class);
			Root<ChangeStep> s = step.from(ChangeStep.class);
			step.select(s.get("id"))
				.where(cb.equal(s.get("request"), root), cb.equal(s.get("to"), to),
						cb.greaterThanOrEqualTo(s.get("occurredAt"), from), cb.lessThan(s.get("occurredAt"), end));
			return cb.exists(step);
		};
		return stepped.and(org.unitIdScope(q.scope(), "unitId"));
	}

	private static Instant startOf(LocalDate day) {
		return day.atStartOfDay(ZoneId.systemDefault()).toInstant();
	}

}
