package io.edubureau.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;
import io.edubureau.staff.AppraisalRecord;
import io.edubureau.staff.AppraisalResult;
import io.edubureau.staff.EthicsResult;

/**
 * Policy rules §3 (教师〔2013〕1号) as a pure decision over the facts read from the personnel
 * file: FAILED outranks POSTPONED, which outranks PASSED; every reason that applies is
 * given.
 */
final class RegistrationRule {

	static final PolicyRule RULE = PolicyRule.TEACHER_REGISTRATION;

	/** One semester, as the policy's "more than one semester" of interrupted teaching. */
	static final int SEMESTER_MONTHS = 6;

	private RegistrationRule() {
	}

	/** A period of interrupted teaching (long leave), already clipped to the window. */
	record Interruption(LocalDate from, LocalDate to) {
	}

	/**
	 * What the rule reads.
	 *
	 * @param kind first or periodic registration
	 * @param from first day of the window
	 * @param to last day of the window (the cycle's due date)
	 * @param appraisals the person's appraisals (any years; the window's are used)
	 * @param hours credited training hours in the window
	 * @param requiredHours hours required in the window
	 * @param interruptions long leaves overlapping the window
	 */
	record Facts(RegistrationKind kind, LocalDate from, LocalDate to, List<AppraisalRecord> appraisals, int hours,
			int requiredHours, List<Interruption> interruptions) {
	}

	record Decision(RegistrationOutcome outcome, List<Reason> reasons) {
	}

	static Decision decide(Facts f) {
		List<Reason> failed = new ArrayList<>();
		List<Reason> postponed = new ArrayList<>();
		List<Reason> passed = new ArrayList<>();
		List<AppraisalRecord> inWindow = f.appraisals()
			.stream()
			.filter(a -> !LocalDate.of(a.year(), 12, 31).isBefore(f.from())
					&& !LocalDate.of(a.year(), 12, 31).isAfter(f.to()))
			.toList();
		List<String> ethicsFailed = inWindow.stream()
			.filter(a -> a.ethics() == EthicsResult.FAILED)
			.map(a -> String.valueOf(a.year()))
			.toList();
		if (!ethicsFailed.isEmpty()) {
			failed.add(new Reason(RULE, "registration.reason.ethicsFailed", String.join(", ", ethicsFailed)));
		}
		else {
			passed.add(new Reason(RULE, "registration.reason.ethicsPassed"));
		}
		List<String> incompetent = inWindow.stream()
			.filter(a -> a.result() == AppraisalResult.INCOMPETENT)
			.map(a -> String.valueOf(a.year()))
			.toList();
		List<String> basic = inWindow.stream()
			.filter(a -> a.result() == AppraisalResult.BASICALLY_COMPETENT)
			.map(a -> String.valueOf(a.year()))
			.toList();
		if (incompetent.size() >= 2) {
			failed.add(new Reason(RULE, "registration.reason.incompetentYears", incompetent.size(),
					String.join(", ", incompetent), 2));
		}
		else if (incompetent.size() == 1) {
			postponed.add(new Reason(RULE, "registration.reason.incompetentYear", incompetent.get(0)));
		}
		else if (!basic.isEmpty()) {
			// §3 passes only when every appraisal is 合格 or better; 基本合格 is below it.
			postponed.add(new Reason(RULE, "registration.reason.basicallyCompetent", String.join(", ", basic)));
		}
		else {
			passed.add(new Reason(RULE, "registration.reason.appraisalsCompetent", inWindow.size()));
		}
		if (f.hours() < f.requiredHours()) {
			postponed
				.add(new Reason(RULE, f.kind() == RegistrationKind.FIRST ? "registration.reason.probationHoursShort"
						: "registration.reason.hoursShort", f.hours(), f.requiredHours()));
		}
		else {
			passed.add(new Reason(RULE, "registration.reason.hoursEnough", f.hours(), f.requiredHours()));
		}
		for (Interruption i : f.interruptions()) {
			if (i.to().isAfter(i.from().plusMonths(SEMESTER_MONTHS))) {
				postponed.add(new Reason(RULE, "registration.reason.interrupted", i.from().toString(),
						i.to().toString(), SEMESTER_MONTHS));
			}
		}
		if (!failed.isEmpty()) {
			failed.addAll(postponed);
			return new Decision(RegistrationOutcome.FAILED, failed);
		}
		if (!postponed.isEmpty()) {
			return new Decision(RegistrationOutcome.POSTPONED, postponed);
		}
		return new Decision(RegistrationOutcome.PASSED, passed);
	}

	/**
	 * Probation passed on a day: a year of service since hire and an annual appraisal of
	 * 合格 or better since.
	 */
	static boolean probationPassed(LocalDate hired, LocalDate on, List<AppraisalRecord> appraisals) {
		return hired != null && !hired.plusYears(1).isAfter(on)
				&& appraisals.stream()
					.anyMatch(a -> a.year() >= hired.getYear()
							&& (a.result() == AppraisalResult.COMPETENT || a.result() == AppraisalResult.EXCELLENT));
	}

}
