package io.edubureau.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.edubureau.rules.LocalParameter;
import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;
import io.edubureau.rules.RulesManagement;

/**
 * The continuing-education rules (policy-rules §4) applied to one person's credited
 * hours: 360 hours per 5-year cycle, 120 in the probation year, and the provincial
 * minimums and credit conversion, all read from the local parameters in force on the date
 * judged.
 */
final class LedgerRule {

	static final int CYCLE_YEARS = 5;

	// Without a hire or work-start date, cycles run in calendar 5-year steps from the
	// rule's
	// effective year.
	static final LocalDate DEFAULT_ANCHOR = LocalDate.of(2011, 1, 1);

	private LedgerRule() {
	}

	/** The parameters in force on a date, read once for many people. */
	record Parameters(int cycleHours, int probationHours, int annualMinimum, int countyMinimum,
			BigDecimal hoursPerCredit, BigDecimal schoolBasedHoursPerCredit) {

		static Parameters on(RulesManagement rules, LocalDate on) {
			return new Parameters(rules.parameter(LocalParameter.TRAINING_CYCLE_HOURS, on).intValue(),
					rules.parameter(LocalParameter.TRAINING_PROBATION_HOURS, on).intValue(),
					rules.parameter(LocalParameter.TRAINING_ANNUAL_MINIMUM_HOURS, on).intValue(),
					rules.parameter(LocalParameter.TRAINING_COUNTY_LEVEL_MINIMUM_HOURS, on).intValue(),
					rules.parameter(LocalParameter.TRAINING_HOURS_PER_CREDIT, on),
					rules.parameter(LocalParameter.TRAINING_SCHOOL_BASED_HOURS_PER_CREDIT, on));
		}

	}

	/** What the rule found for one person; entries are filled in by the caller. */
	record Outcome(LocalDate cycleStart, LocalDate cycleEnd, int required, int credited, int missing, int countyOrAbove,
			Map<TrainingLevel, Integer> byLevel, BigDecimal credits, boolean probation, int probationHours,
			LedgerDecision decision, List<Reason> reasons) {

	}

	/** The first day of the cycle containing {@code on}, counted from the anchor. */
	static LocalDate cycleStart(LocalDate anchor, LocalDate on) {
		if (!on.isAfter(anchor)) {
			return anchor;
		}
		long years = ChronoUnit.YEARS.between(anchor, on);
		return anchor.plusYears(years - years % CYCLE_YEARS);
	}

	static LocalDate anchor(LocalDate hireDate, LocalDate workStartDate) {
		return hireDate != null ? hireDate : workStartDate != null ? workStartDate : DEFAULT_ANCHOR;
	}

	static Map<TrainingLevel, Integer> emptyLevels() {
		Map<TrainingLevel, Integer> levels = new EnumMap<>(TrainingLevel.class);
		for (TrainingLevel l : TrainingLevel.values()) {
			levels.put(l, 0);
		}
		return levels;
	}

	/** Credits under the provincial conversion: school-based hours at their own rate. */
	static BigDecimal credits(Collection<Credit> credits, Parameters p) {
		BigDecimal total = BigDecimal.ZERO;
		for (Credit c : credits) {
			BigDecimal rate = c.schoolBased() ? p.schoolBasedHoursPerCredit() : p.hoursPerCredit();
			total = total.add(BigDecimal.valueOf(c.hours()).divide(rate, 4, RoundingMode.HALF_UP));
		}
		return total.setScale(1, RoundingMode.HALF_UP);
	}

	static Outcome decide(LocalDate hireDate, LocalDate workStartDate, LocalDate on, List<Credit> all, Parameters p) {
		LocalDate anchor = anchor(hireDate, workStartDate);
		LocalDate start = cycleStart(anchor, on);
		LocalDate end = start.plusYears(CYCLE_YEARS).minusDays(1);
		List<Credit> inCycle = all.stream()
			.filter(c -> !c.completedOn().isBefore(start) && !c.completedOn().isAfter(on))
			.toList();
		Map<TrainingLevel, Integer> byLevel = emptyLevels();
		int credited = 0;
		int county = 0;
		for (Credit c : inCycle) {
			byLevel.merge(c.level(), c.hours(), Integer::sum);
			credited += c.hours();
			county += c.level().countyOrAbove() ? c.hours() : 0;
		}
		BigDecimal credits = credits(inCycle, p);
		List<Reason> reasons = new ArrayList<>();
		reasons.add(new Reason(PolicyRule.CONTINUING_EDUCATION,
				hireDate != null ? "training.reason.cycle.hire"
						: workStartDate != null ? "training.reason.cycle.workStart" : "training.reason.cycle.calendar",
				start, end, anchor));
		int missing = Math.max(0, p.cycleHours() - credited);
		boolean probation = hireDate != null && !on.isBefore(hireDate) && on.isBefore(hireDate.plusYears(1));
		int probationHours = 0;
		boolean met;
		if (probation) {
			LocalDate hired = hireDate;
			probationHours = all.stream()
				.filter(c -> !c.completedOn().isBefore(hired) && !c.completedOn().isAfter(on))
				.mapToInt(Credit::hours)
				.sum();
			met = probationHours >= p.probationHours();
			reasons.add(new Reason(PolicyRule.PROBATION_TRAINING,
					met ? "training.reason.probation.met" : "training.reason.probation.short", probationHours,
					p.probationHours(), Math.max(0, p.probationHours() - probationHours), hireDate,
					hireDate.plusYears(1).minusDays(1)));
		}
		else {
			met = credited >= p.cycleHours();
			reasons.add(new Reason(PolicyRule.CONTINUING_EDUCATION,
					met ? "training.reason.cycle.met" : "training.reason.cycle.short", credited, p.cycleHours(),
					missing));
			if (p.countyMinimum() > 0) {
				boolean countyMet = county >= p.countyMinimum();
				met &= countyMet;
				reasons.add(new Reason(PolicyRule.PROVINCIAL_TRAINING_CREDITS,
						countyMet ? "training.reason.county.met" : "training.reason.county.short", county,
						p.countyMinimum()));
			}
			if (p.annualMinimum() > 0) {
				// Only cycle years that have ended by the date are judged.
				for (LocalDate y = start; !y.plusYears(1).minusDays(1).isAfter(on)
						&& y.isBefore(end); y = y.plusYears(1)) {
					LocalDate from = y;
					LocalDate to = y.plusYears(1).minusDays(1);
					int hours = inCycle.stream()
						.filter(c -> !c.completedOn().isBefore(from) && !c.completedOn().isAfter(to))
						.mapToInt(Credit::hours)
						.sum();
					if (hours < p.annualMinimum()) {
						met = false;
						reasons.add(new Reason(PolicyRule.PROVINCIAL_TRAINING_CREDITS, "training.reason.annual.short",
								from, to, hours, p.annualMinimum()));
					}
				}
			}
		}
		reasons.add(new Reason(PolicyRule.PROVINCIAL_TRAINING_CREDITS, "training.reason.credits", credits,
				p.hoursPerCredit().stripTrailingZeros().toPlainString(),
				p.schoolBasedHoursPerCredit().stripTrailingZeros().toPlainString()));
		return new Outcome(start, end, p.cycleHours(), credited, missing, county, byLevel, credits, probation,
				probationHours, met ? LedgerDecision.MET : LedgerDecision.NOT_MET, List.copyOf(reasons));
	}

}
