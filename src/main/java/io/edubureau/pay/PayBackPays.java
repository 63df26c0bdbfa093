package io.edubureau.pay;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.ScopeKind;
import io.edubureau.org.UnitView;
import io.edubureau.pay.Views.BackPayDetail;
import io.edubureau.pay.Views.BackPayLineView;
import io.edubureau.pay.Views.BackPayView;
import io.edubureau.platform.Actor;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Back pay (补发): when a table or a person's post or step is recorded late with an earlier
 * effective date, the owning unit's locked months from a month on are priced again as now
 * known and compared, line by line, with what they paid (and earlier approved back pay);
 * a DRAFT batch holds the differences with reasons, APPROVED pays each person's sum in a
 * month not locked as a BACK_PAY adjustment. Locked months are never changed.
 */
@Service
class PayBackPays {

	static final String BATCH = "pay.backpay";

	private final PayBackBatchRepository batches;

	private final PayBackLineRepository backLines;

	private final PayMonthRepository months;

	private final PayLineRepository lines;

	private final PayRateRepository rates;

	private final PayRecordRepository records;

	private final PayRecordStepRepository recordSteps;

	private final PayAdjustmentRepository adjustments;

	private final PayManagement pay;

	private final OrgManagement org;

	private final AuditManagement audit;

	PayBackPays(PayBackBatchRepository batches, PayBackLineRepository backLines, PayMonthRepository months,
			PayLineRepository lines, PayRateRepository rates, PayRecordRepository records,
			PayRecordStepRepository recordSteps, PayAdjustmentRepository adjustments, PayManagement pay,
			OrgManagement org, AuditManagement audit) {
		this.batches = batches;
		this.backLines = backLines;
		this.months = months;
		this.lines = lines;
		this.rates = rates;
		this.records = records;
		this.recordSteps = recordSteps;
		this.adjustments = adjustments;
		this.pay = pay;
		this.org = org;
		this.audit = audit;
	}

	/**
	 * Computes a draft over the owning unit's locked months from {@code fromText}: one
	 * line per person, month and code whose amount due now differs from what was paid.
	 * Refused with nothing written when no month is locked, a rate is missing, nothing
	 * differs, or a draft is already open.
	 */
	@Transactional
	public BackPayDetail draft(DataScope scope, String fromText) {
		YearMonth from = PayManagement.parseMonth(fromText);
		long ownerId = pay.owner(scope);
		String ownerPath = org.pathOf(ownerId).orElseThrow(() -> new NotFound("unit " + ownerId));
		if (!batches.findByOwnerUnitIdAndState(ownerId, PayBackBatch.State.DRAFT).isEmpty()) {
			throw new Rejection("fromMonth", "pay.back.draftOpen");
		}
		List<PayMonth> locked = months
			.findByStateAndMonthCodeBetween(PayMonth.State.LOCKED, from.toString(), PayManagement.LAST_YEAR + "-12")
			.stream()
			.filter(m -> m.getOwnerUnitId() == ownerId)
			.sorted(Comparator.comparing(PayMonth::getMonthCode))
			.toList();
		if (locked.isEmpty()) {
			throw new Rejection("fromMonth", "pay.back.noLockedMonth", from.toString());
		}
		YearMonth last = YearMonth.parse(locked.get(locked.size() - 1).getMonthCode());
		List<PayRate> known = rates.findByEffectiveFromLessThanEqual(last.atEndOfMonth());
		Map<String, Long> earlier = new HashMap<>();
		for (Object[] row : backLines.approvedSince(ownerId, from.toString())) {
			earlier.put(row[0] + " " + row[1] + " " + row[2], ((Number) row[3]).longValue());
		}
		record Found(long staffId, long unitId, String monthCode, PayCalculator.BackLine line) {
		}
		List<Found> found = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		Map<Long, List<PayRecordStep>> history = new HashMap<>();
		Map<Long, PayRecord> recordOf = new HashMap<>();
		for (PayMonth m : locked) {
			YearMonth month = YearMonth.parse(m.getMonthCode());
			PayCalculator.RateBook book = new PayCalculator.RateBook(month.atDay(1), known);
			Map<Long, List<PayLine>> byStaff = new LinkedHashMap<>();
			for (PayLine l : lines.linesOf(m.getId(), m.getRunNumber(), ownerPath + "%", null)) {
				byStaff.computeIfAbsent(l.getStaffId(), k -> new ArrayList<>()).add(l);
			}
			load(byStaff.keySet(), recordOf, history);
			Map<Long, UnitView> units = org
				.byIds(byStaff.values().stream().map(ls -> ls.get(0).getUnitId()).distinct().toList());
			for (Map.Entry<Long, List<PayLine>> e : byStaff.entrySet()) {
				long staffId = e.getKey();
				PayRecord r = recordOf.get(staffId);
				long unitId = e.getValue().get(0).getUnitId();
				PayCalculator.Facts facts = PayCalculator.factsPaid(e.getValue(), Remoteness.of(units.get(unitId)),
						asOf(history.get(r == null ? -1L : r.getId()), month));
				Map<PayLineCode, Long> paid = new EnumMap<>(PayLineCode.class);
				for (PayLine l : e.getValue()) {
					paid.merge(l.getCode(), l.getAmountFen(), Long::sum);
				}
				for (PayLineCode code : PayLineCode.values()) {
					Long back = earlier.get(staffId + " " + m.getMonthCode() + " " + code.name());
					if (back != null) {
						paid.merge(code, back, Long::sum);
					}
				}
				List<PayCalculator.Missing> missing = new ArrayList<>();
				List<PayCalculator.Line> due = PayCalculator.lines(month, facts, book, missing);
				for (PayCalculator.Missing x : missing) {
					if (problems.size() < 20) {
						problems.add(new Problem("fromMonth", "pay.month.missing." + x.kind().name(), x.code(),
								r == null ? staffId : r.getStaffName(), month.atDay(1)));
					}
				}
				for (PayCalculator.BackLine b : PayCalculator.backPay(month, paid, due)) {
					found.add(new Found(staffId, unitId, m.getMonthCode(), b));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		if (found.isEmpty()) {
			throw new Rejection("fromMonth", "pay.back.nothing", from.toString(), last.toString());
		}
		Set<Long> people = new HashSet<>();
		long total = 0;
		for (Found f : found) {
			people.add(f.staffId());
			total = Math.addExact(total, f.line().differenceFen());
		}
		String actor = Actor.current();
		Instant now = Instant.now();
		PayBackBatch b = batches.saveAndFlush(new PayBackBatch(ownerId, ownerPath, from.toString(), last.toString(),
				people.size(), total, actor, now));
		Map<Long, UnitView> units = org.byIds(found.stream().map(Found::unitId).distinct().toList());
		List<PayBackLine> rows = new ArrayList<>();
		for (Found f : found) {
			PayRecord r = recordOf.get(f.staffId());
			UnitView u = units.get(f.unitId());
			rows.add(new PayBackLine(b.getId(), f.staffId(), r == null ? "" : r.getStaffName(), f.unitId(),
					u == null ? ownerPath : u.path(), f.monthCode(), f.line()));
		}
		backLines.saveAll(rows);
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("ownerUnitId", ownerId);
		created.put("fromMonth", from.toString());
		created.put("toMonth", last.toString());
		created.put("people", people.size());
		created.put("totalFen", total);
		audit.record(AuditAction.CREATE, BATCH, b.getId(), from + "–" + last, Change.created(created));
		return detail(scope, b);
	}

	private void load(Set<Long> staffIds, Map<Long, PayRecord> recordOf, Map<Long, List<PayRecordStep>> history) {
		List<Long> missing = staffIds.stream().filter(id -> !recordOf.containsKey(id)).toList();
		for (int i = 0; i < missing.size(); i += 1000) {
			List<PayRecord> rs = records.findByStaffIdIn(missing.subList(i, Math.min(missing.size(), i + 1000)));
			rs.forEach(r -> recordOf.put(r.getStaffId(), r));
			recordSteps.findByRecordIdInOrderByEffectiveOnAscIdAsc(rs.stream().map(PayRecord::getId).toList())
				.forEach(s -> history.computeIfAbsent(s.getRecordId(), k -> new ArrayList<>()).add(s));
		}
	}

	// The post grade and step the history records for the month's first day, if any.
	private static PayRecordStep asOf(List<PayRecordStep> steps, YearMonth month) {
		PayRecordStep found = null;
		for (PayRecordStep s : steps == null ? List.<PayRecordStep>of() : steps) {
			if (s.getKind() != PayRecordStep.Kind.ENDED && s.getKind() != PayRecordStep.Kind.STEP_WITHHELD
					&& !s.getEffectiveOn().isAfter(month.atDay(1))) {
				found = s;
			}
		}
		return found;
	}

	/**
	 * Approves a draft: each person's sum is paid in {@code payMonthText} (not locked) as
	 * a BACK_PAY adjustment naming the batch.
	 */
	@Transactional
	public BackPayDetail approve(DataScope scope, long id, String payMonthText) {
		YearMonth month = PayManagement.parseMonth(payMonthText);
		PayBackBatch b = visible(scope, id);
		if (b.getOwnerUnitId() != pay.owner(scope)) {
			throw new NotFound("back pay " + id);
		}
		boolean locked = months.findByOwnerUnitIdAndMonthCode(b.getOwnerUnitId(), month.toString())
			.filter(m -> m.getState() == PayMonth.State.LOCKED)
			.isPresent();
		if (locked) {
			throw new Rejection("payMonth", "pay.adjustment.locked", month.toString(), month.plusMonths(1).toString());
		}
		Map<String, Object> before = snapshot(b);
		String actor = Actor.current();
		Instant now = Instant.now();
		b.approve(month.toString(), actor, now);
		batches.saveAndFlush(b);
		Map<Long, long[]> sums = new LinkedHashMap<>();
		Map<Long, String> paths = new HashMap<>();
		for (PayBackLine l : backLines.linesOf(b.getId(), "%", null)) {
			sums.computeIfAbsent(l.getStaffId(), k -> new long[1])[0] += l.getDifferenceFen();
			paths.put(l.getStaffId(), l.getUnitPath());
		}
		String note = b.getFromMonth() + "–" + b.getToMonth() + " #" + b.getId();
		sums.forEach((staffId, sum) -> {
			if (sum[0] != 0) {
				adjustments.save(new PayAdjustment(PayAdjustment.Kind.BACK_PAY, staffId, paths.get(staffId),
						month.toString(), sum[0], note, actor, now));
			}
		});
		audit.record(AuditAction.UPDATE, BATCH, b.getId(), note, Change.between(before, snapshot(b)));
		return detail(scope, b);
	}

	/** The batches whose owner concerns the scope, latest first. */
	@Transactional(readOnly = true)
	public List<BackPayView> batches(DataScope scope) {
		if (scope.kind() == ScopeKind.SELF) {
			return List.of();
		}
		Map<Long, Boolean> covered = new HashMap<>();
		return batches.findAllByOrderByIdDesc()
			.stream()
			.filter(b -> covered.computeIfAbsent(b.getOwnerUnitId(), o -> org.covers(scope, o)))
			.map(PayBackPays::view)
			.toList();
	}

	/** A batch with its lines in scope; audited as a read of their pay. */
	@Transactional(readOnly = true)
	public BackPayDetail batch(DataScope scope, long id) {
		PayBackBatch b = visible(scope, id);
		BackPayDetail d = detail(scope, b);
		pay.auditRead(scope, BATCH, id, b.getFromMonth() + "–" + b.getToMonth(),
				List.of(new Change("lines", null, Integer.toString(d.lines().size()))));
		return d;
	}

	/**
	 * The batch for an export; one EXPORT entry, saying whether the amounts were masked.
	 */
	@Transactional
	public BackPayDetail export(DataScope scope, long id, boolean masked) {
		PayBackBatch b = visible(scope, id);
		BackPayDetail d = detail(scope, b);
		audit.record(AuditAction.EXPORT, BATCH, id, b.getFromMonth() + "–" + b.getToMonth(),
				List.of(new Change("lines", null, Integer.toString(d.lines().size())),
						new Change("masked", null, Boolean.toString(masked))));
		return d;
	}

	private PayBackBatch visible(DataScope scope, long id) {
		PayBackBatch b = batches.findById(id).orElseThrow(() -> new NotFound("back pay " + id));
		if (scope.kind() == ScopeKind.SELF || !org.covers(scope, b.getOwnerUnitId())) {
			throw new NotFound("back pay " + id);
		}
		return b;
	}

	private BackPayDetail detail(DataScope scope, PayBackBatch b) {
		PayManagement.Filter f = pay.filter(scope);
		List<BackPayLineView> ls = f.none() ? List.of()
				: backLines.linesOf(b.getId(), f.pathLike(), f.unitId())
					.stream()
					.map(l -> new BackPayLineView(l.getStaffId(), l.getStaffName(), l.getUnitId(), l.getMonthCode(),
							l.getCode(), l.getPaidFen(), l.getDueFen(), l.getDifferenceFen(), l.reasons()))
					.toList();
		return new BackPayDetail(view(b), ls);
	}

	private static BackPayView view(PayBackBatch b) {
		return new BackPayView(b.getId(), b.getOwnerUnitId(), b.getFromMonth(), b.getToMonth(), b.getState(),
				b.getPeople(), b.getTotalFen(), b.getPayMonth(), b.getCreatedBy(), b.getCreatedAt(), b.getApprovedBy(),
				b.getApprovedAt());
	}

	private static Map<String, Object> snapshot(PayBackBatch b) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("state", b.getState());
		m.put("people", b.getPeople());
		m.put("totalFen", b.getTotalFen());
		m.put("payMonth", b.getPayMonth());
		return m;
	}

}
