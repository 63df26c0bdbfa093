package io.edubureau.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.rules.RulesManagement;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training module's public face: credited hours, the cycle ledger with its decision,
 * programmes, enrolment, review, plan and import. Every call takes the caller's
 * {@link DataScope}; a person or programme outside it is reported as not found.
 */
@Service
public class TrainingManagement {

	// Large IN lists are split so every database accepts them.
	private static final int CHUNK = 1000;

	private final TrainingRecordRepository records;

	private final StaffManagement staff;

	private final RulesManagement rules;

	TrainingManagement(TrainingRecordRepository records, StaffManagement staff, RulesManagement rules) {
		this.records = records;
		this.staff = staff;
		this.rules = rules;
	}

	// ---- credited hours (the contract other modules read)

	/**
	 * A person's credited hours in a period; 404 when the person is outside the scope.
	 */
	@Transactional(readOnly = true)
	public TrainingHours hours(DataScope scope, long staffId, LocalDate from, LocalDate to) {
		staff.get(scope, staffId);
		return hoursOf(List.of(staffId), from, to).get(staffId);
	}

	/**
	 * Credited hours of many people in a period, one grouped query per thousand people;
	 * people outside the scope are left out of the answer.
	 */
	@Transactional(readOnly = true)
	public Map<Long, TrainingHours> hours(DataScope scope, Collection<Long> staffIds, LocalDate from, LocalDate to) {
		return hoursOf(staff.visible(scope, staffIds).keySet(), from, to);
	}

	private Map<Long, TrainingHours> hoursOf(Collection<Long> staffIds, LocalDate from, LocalDate to) {
		checkPeriod(from, to);
		LedgerRule.Parameters p = LedgerRule.Parameters.on(rules, to);
		Map<Long, List<Credit>> grouped = new HashMap<>();
		List<Long> ids = List.copyOf(staffIds);
		for (int i = 0; i < ids.size(); i += CHUNK) {
			for (Object[] r : records.creditedHours(ids.subList(i, Math.min(ids.size(), i + CHUNK)), from, to)) {
				long id = (Long) r[0];
				grouped.computeIfAbsent(id, k -> new ArrayList<>())
					.add(new Credit(id, (TrainingLevel) r[1], (TrainingCategory) r[2], ((Number) r[3]).intValue(), to));
			}
		}
		Map<Long, TrainingHours> result = new LinkedHashMap<>();
		for (Long id : ids) {
			List<Credit> credits = grouped.getOrDefault(id, List.of());
			Map<TrainingLevel, Integer> byLevel = LedgerRule.emptyLevels();
			int total = 0;
			int county = 0;
			for (Credit c : credits) {
				byLevel.merge(c.level(), c.hours(), Integer::sum);
				total += c.hours();
				county += c.level().countyOrAbove() ? c.hours() : 0;
			}
			BigDecimal credited = LedgerRule.credits(credits, p);
			result.put(id, new TrainingHours(id, from, to, total, county, Map.copyOf(byLevel), credited));
		}
		return result;
	}

	private static void checkPeriod(LocalDate from, LocalDate to) {
		if (from == null || to == null || to.isBefore(from)) {
			throw Rejection.malformed("to", "training.period", from, to);
		}
	}

	// ---- the cycle ledger

	/**
	 * The person's 5-year cycle containing {@code on}: required, credited and missing
	 * hours, hours per level, and the decision with its reasons.
	 */
	@Transactional(readOnly = true)
	public CycleLedger ledger(DataScope scope, long staffId, LocalDate on) {
		if (on == null) {
			throw Rejection.malformed("on", "training.date");
		}
		StaffView person = staff.get(scope, staffId);
		List<Credit> credits = creditsOf(List.of(staffId), on).getOrDefault(staffId, List.of());
		LedgerRule.Outcome o = LedgerRule.decide(person.hireDate(), person.workStartDate(), on, credits,
				LedgerRule.Parameters.on(rules, on));
		List<TrainingRecordView> entries = records.findByStaffIdOrderByCompletedOnDescIdDesc(staffId)
			.stream()
			.filter(r -> r.getCompletedOn() == null || !r.getCompletedOn().isBefore(o.cycleStart()))
			.map(r -> r.toView(false))
			.toList();
		return new CycleLedger(staffId, person.name(), on, o.cycleStart(), o.cycleEnd(), o.required(), o.credited(),
				o.missing(), o.countyOrAbove(), Map.copyOf(o.byLevel()), o.credits(), o.probation(), o.probationHours(),
				o.decision(), o.reasons(), entries);
	}

	// Credited records of these people over the longest window a ledger on this date
	// reads.
	private Map<Long, List<Credit>> creditsOf(List<Long> ids, LocalDate on) {
		Map<Long, List<Credit>> grouped = new HashMap<>();
		LocalDate from = on.minusYears(LedgerRule.CYCLE_YEARS);
		for (int i = 0; i < ids.size(); i += CHUNK) {
			for (Object[] r : records.credited(ids.subList(i, Math.min(ids.size(), i + CHUNK)), from, on)) {
				long id = (Long) r[0];
				grouped.computeIfAbsent(id, k -> new ArrayList<>())
					.add(new Credit(id, (TrainingLevel) r[1], (TrainingCategory) r[2], ((Number) r[3]).intValue(),
							(LocalDate) r[4]));
			}
		}
		return grouped;
	}

	static NotFound notFound(String what) {
		return new NotFound(what);
	}

}
