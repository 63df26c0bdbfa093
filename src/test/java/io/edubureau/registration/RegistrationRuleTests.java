package io.edubureau.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.edubureau.registration.RegistrationRule.Decision;
import io.edubureau.registration.RegistrationRule.Facts;
import io.edubureau.registration.RegistrationRule.Interruption;
import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;
import io.edubureau.staff.AppraisalRecord;
import io.edubureau.staff.AppraisalResult;
import io.edubureau.staff.EthicsResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Policy rules §3 at every boundary the text names. */
class RegistrationRuleTests {

	static final LocalDate FROM = LocalDate.of(2022, 1, 1);

	static final LocalDate TO = LocalDate.of(2026, 12, 31);

	static List<AppraisalRecord> years(AppraisalResult... results) {
		List<AppraisalRecord> found = new ArrayList<>();
		for (int i = 0; i < results.length; i++) {
			found.add(new AppraisalRecord(2022 + i, results[i], EthicsResult.PASSED));
		}
		return found;
	}

	static Decision decide(List<AppraisalRecord> appraisals, int hours, Interruption... leave) {
		return RegistrationRule
			.decide(new Facts(RegistrationKind.PERIODIC, FROM, TO, appraisals, hours, 360, List.of(leave)));
	}

	static final AppraisalResult OK = AppraisalResult.COMPETENT;

	static final AppraisalResult BAD = AppraisalResult.INCOMPETENT;

	@Test
	void zeroOneAndTwoYearsIncompetent() {
		assertThat(decide(years(OK, OK, AppraisalResult.EXCELLENT, OK, OK), 360).outcome())
			.isEqualTo(RegistrationOutcome.PASSED);
		Decision one = decide(years(OK, BAD, OK, OK, OK), 360);
		assertThat(one.outcome()).isEqualTo(RegistrationOutcome.POSTPONED);
		assertThat(one.reasons()).containsExactly(
				new Reason(PolicyRule.TEACHER_REGISTRATION, "registration.reason.incompetentYear", "2023"));
		Decision two = decide(years(OK, BAD, OK, BAD, OK), 360);
		assertThat(two.outcome()).isEqualTo(RegistrationOutcome.FAILED);
		assertThat(two.reasons()).contains(new Reason(PolicyRule.TEACHER_REGISTRATION,
				"registration.reason.incompetentYears", 2, "2023, 2025", 2));
	}

	@Test
	void anIncompetentYearOutsideTheCycleDoesNotCount() {
		List<AppraisalRecord> a = new ArrayList<>(years(OK, OK, OK, OK, OK));
		a.add(new AppraisalRecord(2021, BAD, EthicsResult.PASSED));
		assertThat(decide(a, 360).outcome()).isEqualTo(RegistrationOutcome.PASSED);
	}

	@Test
	void hoursAt359And360() {
		Decision short1 = decide(years(OK, OK, OK, OK, OK), 359);
		assertThat(short1.outcome()).isEqualTo(RegistrationOutcome.POSTPONED);
		assertThat(short1.reasons())
			.containsExactly(new Reason(PolicyRule.TEACHER_REGISTRATION, "registration.reason.hoursShort", 359, 360));
		Decision enough = decide(years(OK, OK, OK, OK, OK), 360);
		assertThat(enough.outcome()).isEqualTo(RegistrationOutcome.PASSED);
		assertThat(enough.reasons())
			.contains(new Reason(PolicyRule.TEACHER_REGISTRATION, "registration.reason.hoursEnough", 360, 360));
	}

	@Test
	void aFailedEthicsAssessmentFailsEvenWithEnoughHours() {
		List<AppraisalRecord> a = new ArrayList<>(years(OK, OK, OK, OK));
		a.add(new AppraisalRecord(2026, BAD, EthicsResult.FAILED));
		Decision d = decide(a, 400);
		assertThat(d.outcome()).isEqualTo(RegistrationOutcome.FAILED);
		assertThat(d.reasons()).first()
			.isEqualTo(new Reason(PolicyRule.TEACHER_REGISTRATION, "registration.reason.ethicsFailed", "2026"));
		// A not-assessed year is not a failure.
		List<AppraisalRecord> unassessed = List.of(new AppraisalRecord(2024, OK, null));
		assertThat(decide(unassessed, 360).outcome()).isEqualTo(RegistrationOutcome.PASSED);
	}

	@Test
	void basicallyCompetentIsBelowCompetent() {
		assertThat(decide(years(OK, AppraisalResult.BASICALLY_COMPETENT, OK, OK, OK), 360).outcome())
			.isEqualTo(RegistrationOutcome.POSTPONED);
	}

	@Test
	void interruptionOfExactlyOneSemesterPassesAndOneDayMorePostpones() {
		LocalDate start = LocalDate.of(2024, 3, 1);
		assertThat(decide(years(OK, OK, OK, OK, OK), 360, new Interruption(start, start.plusMonths(6))).outcome())
			.isEqualTo(RegistrationOutcome.PASSED);
		Decision d = decide(years(OK, OK, OK, OK, OK), 360, new Interruption(start, start.plusMonths(6).plusDays(1)));
		assertThat(d.outcome()).isEqualTo(RegistrationOutcome.POSTPONED);
		assertThat(d.reasons().get(0).messageKey()).isEqualTo("registration.reason.interrupted");
	}

	@Test
	void failedOutranksPostponedAndGivesEveryReason() {
		Decision d = decide(years(BAD, BAD, OK, OK, OK), 100);
		assertThat(d.outcome()).isEqualTo(RegistrationOutcome.FAILED);
		assertThat(d.reasons()).extracting(Reason::messageKey)
			.containsExactly("registration.reason.incompetentYears", "registration.reason.hoursShort");
	}

	@Test
	void probationIsAYearOfServiceAndAnAppraisalCompetentOrBetter() {
		LocalDate hired = LocalDate.of(2025, 9, 1);
		List<AppraisalRecord> competent = List.of(new AppraisalRecord(2025, OK, null));
		assertThat(RegistrationRule.probationPassed(hired, LocalDate.of(2026, 8, 31), competent)).isFalse();
		assertThat(RegistrationRule.probationPassed(hired, LocalDate.of(2026, 9, 1), competent)).isTrue();
		assertThat(RegistrationRule.probationPassed(hired, LocalDate.of(2026, 9, 1),
				List.of(new AppraisalRecord(2025, AppraisalResult.BASICALLY_COMPETENT, null))))
			.isFalse();
		// An appraisal from before the hire does not count.
		assertThat(RegistrationRule.probationPassed(hired, LocalDate.of(2026, 9, 1),
				List.of(new AppraisalRecord(2024, OK, null))))
			.isFalse();
	}

	@Test
	void aRegistrationRunsOutTheDayAfterItsValidityAndAFailureStopsTeaching() {
		RegistrationEvaluation passed = confirmed(RegistrationOutcome.PASSED, LocalDate.of(2021, 12, 31),
				LocalDate.of(2026, 12, 31));
		RegistrationStanding valid = RegistrationManagement.standingOf(1L, List.of(passed), LocalDate.of(2026, 12, 31));
		assertThat(valid.registered()).isTrue();
		assertThat(valid.mayTeach()).isTrue();
		RegistrationStanding overdue = RegistrationManagement.standingOf(1L, List.of(passed), LocalDate.of(2027, 1, 1));
		assertThat(overdue.registered()).isFalse();
		assertThat(overdue.mayTeach()).isFalse();
		assertThat(overdue.reasons()).extracting(Reason::messageKey).containsExactly("registration.standing.overdue");
		RegistrationEvaluation failed = confirmed(RegistrationOutcome.FAILED, LocalDate.of(2026, 6, 1), null);
		RegistrationStanding refused = RegistrationManagement.standingOf(1L, List.of(passed, failed),
				LocalDate.of(2026, 7, 1));
		assertThat(refused.mayTeach()).isFalse();
		assertThat(refused.lastOutcome()).isEqualTo(RegistrationOutcome.FAILED);
		// Before the failure was confirmed, the earlier registration stood.
		assertThat(RegistrationManagement.standingOf(1L, List.of(passed, failed), LocalDate.of(2026, 5, 31)).mayTeach())
			.isTrue();
		assertThat(RegistrationManagement.standingOf(1L, List.of(), LocalDate.of(2026, 5, 31)).mayTeach()).isTrue();
	}

	static RegistrationEvaluation confirmed(RegistrationOutcome outcome, LocalDate on, LocalDate validUntil) {
		RegistrationEvaluation e = new RegistrationEvaluation(1L, 1L, "测试", 1L, "test");
		e.evaluate(RegistrationKind.PERIODIC, outcome, FROM, TO, "[]", 1L, "test");
		e.submit("test");
		e.confirm(null, on, validUntil, "test");
		return e;
	}

}
