package io.edubureau.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.edubureau.personnelfile.SanctionKind;
import io.edubureau.personnelfile.SanctionRecord;
import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;
import io.edubureau.staff.AppraisalRecord;
import io.edubureau.staff.AppraisalResult;
import io.edubureau.staff.CertificateRecord;
import io.edubureau.staff.CertificateStatus;
import io.edubureau.staff.EthicsResult;

/**
 * Policy rules §3 (教师〔2013〕1号) as a pure decision over the facts read from the personnel
 * file: FAILED outranks POSTPONED, which outranks PASSED; every reason that applies is
 * given.
 */
final class RegistrationRule {

	static final PolicyRule RULE = PolicyRule.TEACHER_REGISTRATION;

	/** The sanction periods (§7) come from their own rule. */
	static final PolicyRule SANCTIONS = PolicyRule.ETHICS_SANCTIONS;

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
	 * @param sanctions the person's sanctions (any dates; those in force on {@code to}
	 * count)
	 * @param certificates the person's qualification certificates with their status
	 */
	record Facts(RegistrationKind kind, LocalDate from, LocalDate to, List<AppraisalRecord> appraisals, int hours,
			int requiredHours, List<Interruption> interruptions, List<SanctionRecord> sanctions,
			List<CertificateRecord> certificates) {

		Facts(RegistrationKind kind, LocalDate from, LocalDate to, List<AppraisalRecord> appraisals, int hours,
				int requiredHours, List<Interruption> interruptions) {
			this(kind, from, to, appraisals, hours, requiredHours, interruptions, List.of(), List.of());
		}

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
		sanctions(f, failed, postponed, passed);
		certificates(f, failed, passed);
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
	 * §3 with §7: the registration date ({@code to}) inside the period of a 警告, 记过,
	 * 降低岗位等级 or 撤职 postpones; a dismissal (开除) in force fails. A revoked sanction counts
	 * only before its revocation date; other handling never counts.
	 */
	private static void sanctions(Facts f, List<Reason> failed, List<Reason> postponed, List<Reason> passed) {
		boolean any = false;
		for (SanctionRecord s : f.sanctions()) {
			if (!s.inForceOn(f.to())) {
				continue;
			}
			if (s.kind() == SanctionKind.DISMISSAL) {
				any = true;
				failed
					.add(new Reason(SANCTIONS, "registration.reason.dismissed", s.decidedOn().toString(), document(s)));
			}
			else if (s.kind().postponesRegistration()) {
				any = true;
				postponed.add(new Reason(SANCTIONS, "registration.reason.sanction." + s.kind().name(),
						s.decidedOn().toString(), document(s), s.periodMonths(), s.lastDay().toString(),
						f.to().toString()));
			}
		}
		if (!any) {
			passed.add(new Reason(SANCTIONS, "registration.reason.noSanction", f.to().toString()));
		}
	}

	/**
	 * §3: a qualification revoked (撤销) or lost (丧失) fails, whatever the date recorded,
	 * since it no longer stands when evaluated.
	 */
	private static void certificates(Facts f, List<Reason> failed, List<Reason> passed) {
		boolean any = false;
		for (CertificateRecord c : f.certificates()) {
			if (c.status() == CertificateStatus.REVOKED || c.status() == CertificateStatus.LOST) {
				any = true;
				failed.add(new Reason(RULE, "registration.reason.certificate." + c.status().name(),
						String.valueOf(c.number()), String.valueOf(c.statusOn()), String.valueOf(c.statusNote())));
			}
		}
		if (!any && !f.certificates().isEmpty()) {
			passed.add(new Reason(RULE, "registration.reason.certificatesValid", f.certificates().size()));
		}
	}

	private static String document(SanctionRecord s) {
		return s.documentNumber() == null ? "—" : s.documentNumber();
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
