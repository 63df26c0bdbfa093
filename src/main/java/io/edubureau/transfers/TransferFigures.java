package io.edubureau.transfers;

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
 * The transfer figures of the year: requests the bureau approved and refused in the year
 * (by the decision's instant, 1 January to 31 December), and the requests made by the
 * year's end still waiting for a decision then. A request counts where it was made: its
 * {@code fromUnitId} in the scope, as the queue applies the scope in its query.
 */
@Component
class TransferFigures implements FigureContributor {

	static final String APPROVED = "transfers.approved";

	static final String REFUSED = "transfers.refused";

	static final String WAITING = "transfers.waiting";

	private static final String MODULE = "transfers";

	private static final List<String> COLUMNS = List.of("transfer.figures.person", "transfer.from", "transfer.to",
			"transfer.transferOn", "transfer.figures.statusNow");

	private final TransferRequestRepository requests;

	private final OrgManagement org;

	private final StaffManagement staff;

	private final List<FigureDefinition> definitions = List.of(new FigureDefinition(APPROVED, "当年批准的调动申请",
			"Transfer requests approved", "requests", "教育局在当年（1月1日至12月31日）批准的调动申请数，按提出申请的单位统计；明细列出这些申请。",
			"Transfer requests the bureau approved during the year (1 January to 31 December), counted at the unit that made the request; its records are the requests.",
			MODULE, false),
			new FigureDefinition(REFUSED, "当年驳回的调动申请", "Transfer requests refused", "requests",
					"教育局在当年（1月1日至12月31日）驳回的调动申请数，按提出申请的单位统计（撤回的不计）；明细列出这些申请。",
					"Transfer requests the bureau refused during the year (1 January to 31 December), counted at the unit that made the request (withdrawn ones are not counted); its records are the requests.",
					MODULE, false),
			new FigureDefinition(WAITING, "年末待审批的调动申请", "Transfer requests waiting at year end", "requests",
					"截至12月31日已提出、当时尚未批准、驳回或撤回的调动申请数，按提出申请的单位统计；明细列出这些申请。",
					"Transfer requests made by 31 December and not yet approved, refused or withdrawn then, counted at the unit that made the request; its records are the requests.",
					MODULE, false)
				.goodWhenDown());

	TransferFigures(TransferRequestRepository requests, OrgManagement org, StaffManagement staff) {
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
		for (String key : List.of(APPROVED, REFUSED, WAITING)) {
			values.put(key, BigDecimal.valueOf(requests.count(counted(key, q))));
		}
		return values;
	}

	/** The requests a key counted, oldest first, labelled as the queue labels them. */
	@Override
	@Transactional(readOnly = true)
	public FigureRecords records(String key, FigureQuery q, int page, int size) {
		if (!List.of(APPROVED, REFUSED, WAITING).contains(key)) {
			throw new NotFound("figure " + key);
		}
		Page<TransferRequest> found = requests.findAll(counted(key, q),
				PageRequest.of(Math.max(page, 0), Math.max(size, 1), Sort.by("id")));
		List<Long> people = found.stream().map(TransferRequest::getStaffId).distinct().toList();
		// Named as the queue names them; reports keeps the links the reader may open.
		Map<Long, StaffView> named = staff.visible(DataScope.all(), people);
		List<Long> units = new ArrayList<>();
		found.forEach(r -> units.addAll(List.of(r.getFromUnitId(), r.getToUnitId())));
		Map<Long, UnitView> unitsById = org.byIds(units);
		List<List<String>> rows = new ArrayList<>();
		List<Long> links = new ArrayList<>();
		for (TransferRequest r : found) {
			StaffView p = named.get(r.getStaffId());
			rows.add(List.of(p == null ? "#" + r.getStaffId() : p.name(), unitName(unitsById, r.getFromUnitId()),
					unitName(unitsById, r.getToUnitId()), r.getTransferOn().toString(),
					"enum.TransferStatus." + r.getStatus().name()));
			links.add(r.getStaffId());
		}
		return new FigureRecords(COLUMNS, rows, found.getTotalElements(), links);
	}

	private Specification<TransferRequest> counted(String key, FigureQuery q) {
		if (q.scope().kind() == ScopeKind.SELF || q.scope().seesNothing()) {
			return (root, cq, cb) -> cb.disjunction();
		}
		Instant from = startOf(q.from());
		Instant end = startOf(q.to().plusDays(1));
		Specification<TransferRequest> which = switch (key) {
			case APPROVED -> decided(TransferStatus.APPROVED, from, end);
			case REFUSED -> decided(TransferStatus.REJECTED, from, end);
			default -> waitingAt(end);
		};
		return which.and(org.unitIdScope(q.scope(), "fromUnitId"));
	}

	// A decision step to this status within [from, end).
	private static Specification<TransferRequest> decided(TransferStatus to, Instant from, Instant end) {
		return (root, cq, cb) -> {
			Subquery<Long> step = cq.subquery(Long.class);
			Root<TransferStep> s = step.from(TransferStep.class);
			step.select(s.get("id"))
				.where(cb.equal(s.get("request"), root), cb.equal(s.get("to"), to),
						cb.greaterThanOrEqualTo(s.get("occurredAt"), from), cb.lessThan(s.get("occurredAt"), end));
			return cb.exists(step);
		};
	}

	// Made before the end and not decided (approved, refused, withdrawn) before it.
	private static Specification<TransferRequest> waitingAt(Instant end) {
		return (root, cq, cb) -> {
			Subquery<Long> made = cq.subquery(Long.class);
			Root<TransferStep> m = made.from(TransferStep.class);
			made.select(m.get("id"))
				.where(cb.equal(m.get("request"), root), cb.isNull(m.get("from")),
						cb.lessThan(m.get("occurredAt"), end));
			Subquery<Long> decided = cq.subquery(Long.class);
			Root<TransferStep> d = decided.from(TransferStep.class);
			decided.select(d.get("id"))
				.where(cb.equal(d.get("request"), root), cb.equal(d.get("from"), TransferStatus.REQUESTED),
						cb.lessThan(d.get("occurredAt"), end));
			return cb.and(cb.exists(made), cb.not(cb.exists(decided)));
		};
	}

	private static Instant startOf(LocalDate day) {
		return day.atStartOfDay(ZoneId.systemDefault()).toInstant();
	}

	private static String unitName(Map<Long, UnitView> units, Long id) {
		UnitView u = units.get(id);
		return u == null ? "#" + id : u.name();
	}

}
