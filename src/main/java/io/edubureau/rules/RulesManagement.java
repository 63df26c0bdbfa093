package io.edubureau.rules;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.platform.Actor;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules' public face: decisions with reasons, and the reasons worded in a language.
 */
@Service
public class RulesManagement {

	static final YearMonth EARLIEST_BIRTH = YearMonth.of(1900, 1);

	static final YearMonth LATEST_BIRTH = YearMonth.of(2100, 12);

	static final int FIRST_YEAR = HolidayImport.FIRST_YEAR;

	static final int LAST_YEAR = HolidayImport.LAST_YEAR;

	private final MessageSource messages;

	private final Clock clock;

	private final ParameterValueRepository parameterValues;

	private final AuditManagement audit;

	private final HolidayRepository holidays;

	RulesManagement(MessageSource messages, ParameterValueRepository parameterValues, AuditManagement audit,
			HolidayRepository holidays) {
		this.messages = messages;
		this.clock = Clock.systemDefaultZone();
		this.parameterValues = parameterValues;
		this.audit = audit;
		this.holidays = holidays;
	}

	/** Checks a resident identity number under GB 11643-1999. */
	public IdNumberCheck checkIdNumber(String value) {
		return IdNumberRule.check(value, LocalDate.now(clock));
	}

	/** The check character that completes 17 digits into a valid identity number. */
	public char checkCharacter(String first17) {
		if (first17 == null || !first17.matches("\\d{17}")) {
			throw new IllegalArgumentException("17 digits expected");
		}
		return IdNumberRule.checkCharacter(first17);
	}

	/**
	 * Statutory and flexible retirement for a birth month and original age (60, 55 or
	 * 50).
	 */
	public RetirementDecision retirement(YearMonth birth, int originalAge) {
		if (birth == null || birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(LATEST_BIRTH)) {
			throw Rejection.malformed("birth", "rules.retirement.birthRange");
		}
		if (originalAge != 60 && originalAge != 55 && originalAge != 50) {
			throw Rejection.malformed("originalAge", "rules.retirement.originalAge", originalAge);
		}
		return RetirementRule.decide(birth, originalAge);
	}

	/**
	 * Contribution months required to draw a pension when retiring in that year (the year
	 * actually chosen, which a flexible retirement may move).
	 */
	public int minimumContributionMonths(int retirementYear) {
		return RetirementRule.minimumContributionMonths(retirementYear);
	}

	/**
	 * A cadre's democratic evaluation (民主测评) for the latest of the years given, with the
	 * thresholds in force today.
	 */
	@Transactional(readOnly = true)
	public CadreEvaluation cadreEvaluation(List<EvaluationYear> years) {
		if (years == null || years.isEmpty()) {
			throw new Rejection("years", "rules.cadre.noYears");
		}
		List<Problem> problems = new ArrayList<>();
		Set<Integer> seen = new HashSet<>();
		for (int i = 0; i < years.size(); i++) {
			EvaluationYear y = years.get(i);
			String field = "years[" + i + "]";
			String year = Integer.toString(y.year());
			if (y.year() < FIRST_YEAR || y.year() > LAST_YEAR) {
				problems.add(new Problem(field + ".year", "rules.cadre.yearRange", year, FIRST_YEAR, LAST_YEAR));
			}
			else if (!seen.add(y.year())) {
				problems.add(new Problem(field + ".year", "rules.cadre.duplicateYear", year));
			}
			int[] counts = { y.excellent(), y.competent(), y.basicallyCompetent(), y.incompetent() };
			String[] names = { "excellent", "competent", "basicallyCompetent", "incompetent" };
			boolean negative = false;
			for (int c = 0; c < counts.length; c++) {
				if (counts[c] < 0) {
					negative = true;
					problems.add(new Problem(field + "." + names[c], "rules.cadre.negative", year,
							Integer.toString(counts[c])));
				}
			}
			if (!negative && y.valid() == 0) {
				problems.add(new Problem(field, "rules.cadre.noValidBallots", year));
			}
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		LocalDate today = LocalDate.now(clock);
		return CadreEvaluationRule.decide(years, whole(LocalParameter.CADRE_ADMONISH_SHARE, today),
				whole(LocalParameter.CADRE_REMOVE_SHARE, today), whole(LocalParameter.CADRE_REMOVE_YEARS, today),
				today);
	}

	/** A principal election's count, with the thresholds in force today. */
	@Transactional(readOnly = true)
	public ElectionOutcome election(ElectionCount count) {
		List<Problem> problems = new ArrayList<>();
		if (count.eligible() < 1) {
			problems.add(new Problem("eligible", "rules.election.eligible", count.eligible()));
		}
		if (count.ballotsCast() < 0) {
			problems.add(new Problem("ballotsCast", "rules.election.negativeCast", count.ballotsCast()));
		}
		else if (count.ballotsCast() > count.eligible()) {
			problems.add(new Problem("ballotsCast", "rules.election.castOverEligible", count.ballotsCast(),
					count.eligible()));
		}
		if (count.seats() < 1) {
			problems.add(new Problem("seats", "rules.election.seats", count.seats()));
		}
		if (count.votes().isEmpty()) {
			problems.add(new Problem("votes", "rules.election.noCandidates"));
		}
		long sum = 0;
		for (Map.Entry<String, Integer> v : count.votes().entrySet()) {
			if (v.getKey() == null || v.getKey().isBlank() || v.getKey().length() > 100) {
				problems.add(new Problem("votes", "rules.election.candidateName"));
			}
			if (v.getValue() < 0) {
				problems.add(new Problem("votes", "rules.election.negativeVotes", v.getKey(), v.getValue()));
			}
			sum += Math.max(0, v.getValue());
		}
		if (count.seats() >= 1 && count.ballotsCast() >= 0 && sum > (long) count.ballotsCast() * count.seats()) {
			problems.add(new Problem("votes", "rules.election.votesOverCast", sum, count.ballotsCast(), count.seats()));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		LocalDate today = LocalDate.now(clock);
		return ElectionRule.decide(count,
				new ElectionRule.Thresholds(whole(LocalParameter.ELECTION_TURNOUT_NUMERATOR, today),
						whole(LocalParameter.ELECTION_TURNOUT_DENOMINATOR, today),
						whole(LocalParameter.ELECTION_MAJORITY_NUMERATOR, today),
						whole(LocalParameter.ELECTION_MAJORITY_DENOMINATOR, today)));
	}

	/**
	 * The deadlines of a petition received on a day and, when given, accepted on a day;
	 * each period counts in the unit in force on the day it starts from.
	 */
	@Transactional(readOnly = true)
	public PetitionDeadlines petitionDeadlines(LocalDate received, LocalDate accepted) {
		if (received == null) {
			throw new Rejection("received", "rules.petition.receivedRequired");
		}
		checkRange("received", received);
		if (accepted != null) {
			checkRange("accepted", accepted);
			if (accepted.isBefore(received)) {
				throw new Rejection("accepted", "rules.petition.acceptedBeforeReceived", accepted.toString(),
						received.toString());
			}
		}
		PetitionDeadlineRule.Units units = new PetitionDeadlineRule.Units(
				whole(LocalParameter.PETITION_ACCEPTANCE_WORKING_DAYS, received) == 1,
				accepted != null && whole(LocalParameter.PETITION_HANDLING_WORKING_DAYS, accepted) == 1,
				accepted != null && whole(LocalParameter.PETITION_EXTENSION_WORKING_DAYS, accepted) == 1);
		// The longest period, 90 working days, ends well within the following year.
		int lastYear = (accepted != null ? accepted : received).getYear() + 1;
		HolidayCalendar calendar = new HolidayCalendar(
				holidays.findByYearBetweenAndActiveTrue(received.getYear(), lastYear)
					.stream()
					.map(Holiday::view)
					.toList());
		return PetitionDeadlineRule.decide(received, accepted, units, calendar);
	}

	/**
	 * The last day of a period of {@code days} (calendar or working) days from
	 * {@code start} under a rule (the petition's review and transfer periods), counted
	 * and moved off rest days as {@link #petitionDeadlines} counts its own.
	 */
	@Transactional(readOnly = true)
	public PeriodEnd periodEnd(PolicyRule rule, LocalDate start, int days, boolean workingDays) {
		if (start == null) {
			throw new Rejection("start", "rules.petition.receivedRequired");
		}
		checkRange("start", start);
		HolidayCalendar calendar = new HolidayCalendar(
				holidays.findByYearBetweenAndActiveTrue(start.getYear(), start.getYear() + 1)
					.stream()
					.map(Holiday::view)
					.toList());
		List<Reason> reasons = new ArrayList<>();
		LocalDate end = PetitionDeadlineRule.count(start, days, workingDays, calendar);
		reasons.add(new Reason(rule, workingDays ? "rules.period.workingDays" : "rules.period.days", start.toString(),
				days, end.toString()));
		LocalDate due = PetitionDeadlineRule.shift(end, calendar, reasons);
		for (Integer year : calendar.yearsMissing()) {
			reasons.add(new Reason(PolicyRule.DAY_COUNTING, "rules.petition.noCalendar", year.toString()));
		}
		return new PeriodEnd(start, days, workingDays, due, List.copyOf(reasons));
	}

	/** A year's holiday calendar as kept now; empty days when none was entered. */
	@Transactional(readOnly = true)
	public HolidayYear holidayYear(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new Rejection("year", "rules.holiday.yearOutOfRange", Integer.toString(year), FIRST_YEAR, LAST_YEAR);
		}
		List<Holiday> rows = holidays.findByYearAndActiveTrueOrderByDate(year);
		if (rows.isEmpty()) {
			return new HolidayYear(year, List.of(), null, null, null);
		}
		Holiday first = rows.get(0);
		return new HolidayYear(year, rows.stream().map(Holiday::view).toList(), first.getSource(),
				first.getImportedBy(), first.getImportedAt());
	}

	private int whole(LocalParameter parameter, LocalDate on) {
		return parameter(parameter, on).intValue();
	}

	private static void checkRange(String field, LocalDate date) {
		if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
			throw new Rejection(field, "rules.petition.dateRange", date.toString(), FIRST_YEAR, LAST_YEAR);
		}
	}

	/**
	 * The reason worded in the language, naming its rule's source; Chinese pages get the
	 * source without the rule's code or English notes.
	 */
	public String explain(Reason reason, Locale locale) {
		String text = messages.getMessage(reason.messageKey(), reason.args().toArray(), reason.messageKey(), locale);
		if ("zh".equals(locale.getLanguage())) {
			return text + "（依据：" + chineseSource(reason.rule().source()) + "）";
		}
		return text + " [" + reason.rule().name() + ": " + reason.rule().source() + "]";
	}

	// Parenthesised notes with Latin letters ("(provincial; e.g. Beijing)", "(seed 002)")
	// are for developers, not for a Chinese reader.
	static String chineseSource(String source) {
		String stripped = source.replaceAll("\\s*[(（][^()（）]*[A-Za-z][^()（）]*[)）]", "").trim();
		return stripped.isEmpty() ? source : stripped;
	}

	public List<String> explain(List<Reason> reasons, Locale locale) {
		return reasons.stream().map(r -> explain(r, locale)).toList();
	}

	/** A local parameter's name in a language. */
	public String label(LocalParameter parameter, Locale locale) {
		return messages.getMessage("rules.parameter." + parameter.key(), null, parameter.key(), locale);
	}

	/** The value of a local parameter in force today. */
	@Transactional(readOnly = true)
	public BigDecimal parameter(LocalParameter parameter) {
		return parameter(parameter, LocalDate.now(clock));
	}

	/**
	 * The value of a local parameter in force on a date: the latest value set from that
	 * date or earlier, else the policy default.
	 */
	@Transactional(readOnly = true)
	public BigDecimal parameter(LocalParameter parameter, LocalDate on) {
		return view(parameter, parameterValues.findByParameterKeyOrderByEffectiveFromDescIdDesc(parameter.key()), on)
			.value();
	}

	/** Every local parameter as it stands today, with its history. */
	@Transactional(readOnly = true)
	public List<ParameterView> parameters() {
		LocalDate today = LocalDate.now(clock);
		Map<String, List<ParameterValue>> byKey = new java.util.HashMap<>();
		for (ParameterValue v : parameterValues.findAllByOrderByEffectiveFromDescIdDesc()) {
			byKey.computeIfAbsent(v.getParameterKey(), k -> new ArrayList<>()).add(v);
		}
		return java.util.Arrays.stream(LocalParameter.values())
			.map(p -> view(p, byKey.getOrDefault(p.key(), List.of()), today))
			.toList();
	}

	@Transactional(readOnly = true)
	public ParameterView parameterView(LocalParameter parameter) {
		return view(parameter, parameterValues.findByParameterKeyOrderByEffectiveFromDescIdDesc(parameter.key()),
				LocalDate.now(clock));
	}

	/**
	 * Sets a local parameter from a date on; the earlier values stay as history and the
	 * change is audited.
	 */
	@Transactional
	public ParameterView setParameter(LocalParameter parameter, ParameterForm form) {
		BigDecimal value = parseValue(parameter, form.value());
		LocalDate from = form.effectiveFrom() != null ? form.effectiveFrom() : LocalDate.now(clock);
		if (from.isBefore(parameter.rule().effective())) {
			throw new Rejection("effectiveFrom", "rules.parameter.beforeRule", from, parameter.rule().effective());
		}
		String reason = form.reason() == null ? "" : form.reason().strip();
		if (reason.isEmpty() || reason.length() > 500) {
			throw new Rejection("reason", "rules.parameter.reason");
		}
		BigDecimal before = parameter(parameter, from);
		parameterValues.save(new ParameterValue(parameter, value, from, reason, Actor.current()));
		audit.record(AuditAction.PARAMETER, "rules.parameter", parameter.key(),
				parameter.key() + " = " + value.toPlainString() + " (" + from + "): " + reason,
				List.of(new Change(parameter.key(), before.stripTrailingZeros().toPlainString(),
						value.toPlainString())));
		return parameterView(parameter);
	}

	private static BigDecimal parseValue(LocalParameter parameter, String raw) {
		String text = raw == null ? "" : raw.strip();
		BigDecimal value;
		try {
			value = new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			throw new Rejection("value", "rules.parameter.number", text);
		}
		if (parameter.kind() != LocalParameter.Kind.DECIMAL && value.stripTrailingZeros().scale() > 0) {
			throw new Rejection("value", "rules.parameter.whole", text);
		}
		if (value.scale() > 4 && value.stripTrailingZeros().scale() > 4) {
			throw new Rejection("value", "rules.parameter.number", text);
		}
		if (value.compareTo(parameter.min()) < 0 || value.compareTo(parameter.max()) > 0) {
			throw new Rejection("value", "rules.parameter.range.invalid", text, parameter.min(), parameter.max());
		}
		return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
	}

	private static ParameterView view(LocalParameter parameter, List<ParameterValue> newestFirst, LocalDate on) {
		ParameterValue inForce = newestFirst.stream()
			.filter(v -> !v.getEffectiveFrom().isAfter(on))
			.findFirst()
			.orElse(null);
		List<ParameterChange> history = newestFirst.stream().map(ParameterValue::view).toList();
		if (inForce == null) {
			return new ParameterView(parameter, parameter.defaultValue(), true, null, history);
		}
		return new ParameterView(parameter, inForce.getValue().stripTrailingZeros(), false, inForce.getEffectiveFrom(),
				history);
	}

}
