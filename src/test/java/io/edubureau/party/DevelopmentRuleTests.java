package io.edubureau.party;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Policy rules §13 at the boundaries the 细则 names: 年满十八岁 and "一年以上" include the day,
 * "不少于" includes the number, "超过半数" does not include half, "三个月内" includes the last day,
 * the probationary period of one year ends on the vote's anniversary.
 */
class DevelopmentRuleTests {

	static final DevelopmentRule.Params P = DevelopmentRule.Params.defaults();

	static final Predicate<LocalDate> WEEKDAYS = d -> d.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue();

	static PartyDevelopment applicant(LocalDate appliedOn) {
		return new PartyDevelopment(null, "测试申请人", LocalDate.of(1990, 5, 1),
				new PartyOrganisation("测试支部", OrganisationKind.BRANCH, null, 1L, "/1/", null, null, null, "test"),
				appliedOn, "test");
	}

	static void step(PartyDevelopment d, DevelopmentRule.Request r) {
		assertThat(DevelopmentRule.refusals(d, r, P, WEEKDAYS)).as(r.toString()).isEmpty();
		d.apply(r, d.getVotedOn() == null ? null : d.getVotedOn().plusMonths(12), "test");
	}

	static DevelopmentRule.Request at(DevelopmentStepKind step, String date) {
		return DevelopmentRule.Request.of(step, LocalDate.parse(date));
	}

	static PartyDevelopment activist(String on) {
		PartyDevelopment d = applicant(LocalDate.parse(on).minusMonths(1));
		step(d, at(DevelopmentStepKind.TALK, LocalDate.parse(on).minusDays(10).toString()));
		step(d, at(DevelopmentStepKind.ACTIVIST, on));
		return d;
	}

	static PartyDevelopment target(String on) {
		LocalDate day = LocalDate.parse(on);
		PartyDevelopment d = activist(day.minusYears(1).toString());
		step(d, at(DevelopmentStepKind.ASSESSMENT, day.minusMonths(6).toString()));
		step(d, at(DevelopmentStepKind.ASSESSMENT, day.toString()));
		step(d, at(DevelopmentStepKind.DEVELOPMENT_TARGET, on));
		return d;
	}

	static PartyDevelopment trained(String on) {
		PartyDevelopment d = target(on);
		step(d, at(DevelopmentStepKind.POLITICAL_REVIEW, on));
		step(d, new DevelopmentRule.Request(DevelopmentStepKind.TRAINING, LocalDate.parse(on), null, 3, null, null,
				null, null, null, null));
		return d;
	}

	static List<String> keys(List<Reason> reasons) {
		return reasons.stream().map(Reason::messageKey).toList();
	}

	@Test
	void anApplicantIsEighteenOnTheirBirthdayNotTheDayBefore() {
		LocalDate birth = LocalDate.of(2008, 3, 1);
		assertThat(DevelopmentRule.application(birth, LocalDate.of(2026, 3, 1), P)).isEmpty();
		List<Reason> refused = DevelopmentRule.application(birth, LocalDate.of(2026, 2, 28), P);
		assertThat(keys(refused)).containsExactly("party.reason.age");
		assertThat(refused.get(0).rule()).isEqualTo(PolicyRule.PARTY_DEVELOPMENT);
		// Born on 29 February: eighteen on 28 February of a common year.
		assertThat(DevelopmentRule.application(LocalDate.of(2008, 2, 29), LocalDate.of(2026, 2, 28), P)).isEmpty();
	}

	@Test
	void theTalkComesBeforeTheActivistAndNotBeforeTheApplication() {
		PartyDevelopment d = applicant(LocalDate.of(2025, 3, 10));
		assertThat(keys(DevelopmentRule.refusals(d, at(DevelopmentStepKind.ACTIVIST, "2025-04-01"), P, WEEKDAYS)))
			.containsExactly("party.reason.talkFirst");
		assertThat(keys(DevelopmentRule.refusals(d, at(DevelopmentStepKind.TALK, "2025-03-09"), P, WEEKDAYS)))
			.containsExactly("party.reason.afterApplication");
		DevelopmentRule.Next next = DevelopmentRule.next(d, P);
		assertThat(next.step()).isEqualTo(DevelopmentStepKind.TALK);
		assertThat(next.due()).isEqualTo(LocalDate.of(2025, 4, 10));
		// A wrong stage is refused by the rule with its reason.
		assertThat(keys(DevelopmentRule.refusals(d, at(DevelopmentStepKind.FULL_MEMBER, "2025-04-01"), P, WEEKDAYS)))
			.contains("party.reason.stage");
	}

	@Test
	void anActivistBecomesADevelopmentTargetAfterOneYearIncludingTheAnniversary() {
		PartyDevelopment d = activist("2024-03-01");
		step(d, at(DevelopmentStepKind.ASSESSMENT, "2024-09-01"));
		assertThat(keys(
				DevelopmentRule.refusals(d, at(DevelopmentStepKind.DEVELOPMENT_TARGET, "2025-03-01"), P, WEEKDAYS)))
			.containsExactly("party.reason.assessments");
		step(d, at(DevelopmentStepKind.ASSESSMENT, "2025-02-20"));
		assertThat(keys(
				DevelopmentRule.refusals(d, at(DevelopmentStepKind.DEVELOPMENT_TARGET, "2025-02-28"), P, WEEKDAYS)))
			.containsExactly("party.reason.activistPeriod");
		assertThat(DevelopmentRule.refusals(d, at(DevelopmentStepKind.DEVELOPMENT_TARGET, "2025-03-01"), P, WEEKDAYS))
			.isEmpty();
		DevelopmentRule.Next next = DevelopmentRule.next(d, P);
		assertThat(next.step()).isEqualTo(DevelopmentStepKind.DEVELOPMENT_TARGET);
		assertThat(next.earliest()).isEqualTo(LocalDate.of(2025, 3, 1));
	}

	@Test
	void trainingOfThreeDaysOrTwentyFourHoursIsEnoughButLessIsNot() {
		PartyDevelopment d = target("2025-03-03");
		assertThat(keys(DevelopmentRule.refusals(d, training(2, 23), P, WEEKDAYS)))
			.containsExactly("party.reason.training");
		assertThat(DevelopmentRule.refusals(d, training(3, null), P, WEEKDAYS)).isEmpty();
		assertThat(DevelopmentRule.refusals(d, training(null, 24), P, WEEKDAYS)).isEmpty();
	}

	static DevelopmentRule.Request training(Integer days, Integer hours) {
		return new DevelopmentRule.Request(DevelopmentStepKind.TRAINING, LocalDate.of(2025, 3, 10), null, days, hours,
				null, null, null, null, null);
	}

	static DevelopmentRule.Request notice(String from, String until) {
		return new DevelopmentRule.Request(DevelopmentStepKind.PUBLIC_NOTICE, LocalDate.parse(from),
				LocalDate.parse(until), null, null, null, null, null, null, null);
	}

	@Test
	void thePublicNoticeLastsFiveWorkingDaysCountedOnTheCalendar() {
		PartyDevelopment d = trained("2025-03-03");
		// Monday 2025-03-10 to Friday 03-14: five working days.
		assertThat(DevelopmentRule.refusals(d, notice("2025-03-10", "2025-03-14"), P, WEEKDAYS)).isEmpty();
		// Monday to Sunday minus the Friday: four.
		assertThat(keys(DevelopmentRule.refusals(d, notice("2025-03-11", "2025-03-16"), P, WEEKDAYS)))
			.containsExactly("party.reason.noticeDays");
		// A rest day of the holiday calendar does not count.
		Predicate<LocalDate> holiday = day -> WEEKDAYS.test(day) && !day.equals(LocalDate.of(2025, 3, 12));
		assertThat(keys(DevelopmentRule.refusals(d, notice("2025-03-10", "2025-03-14"), P, holiday)))
			.containsExactly("party.reason.noticeDays");
		// Before the review and the training, no notice.
		PartyDevelopment untrained = target("2025-03-03");
		assertThat(keys(DevelopmentRule.refusals(untrained, notice("2025-03-10", "2025-03-14"), P, WEEKDAYS)))
			.contains("party.reason.reviewAndTrainingFirst");
	}

	static DevelopmentRule.Request vote(String on, int entitled, int present, int inFavour) {
		return new DevelopmentRule.Request(DevelopmentStepKind.BRANCH_VOTE, LocalDate.parse(on), null, null, null,
				entitled, present, inFavour, null, null);
	}

	static PartyDevelopment noticed() {
		PartyDevelopment d = trained("2025-03-03");
		step(d, notice("2025-03-10", "2025-03-14"));
		return d;
	}

	@Test
	void theBranchMeetingNeedsMoreThanHalfPresentAndMoreThanHalfInFavour() {
		PartyDevelopment d = noticed();
		assertThat(keys(DevelopmentRule.refusals(d, vote("2025-03-14", 10, 8, 8), P, WEEKDAYS)))
			.containsExactly("party.reason.afterNotice");
		assertThat(DevelopmentRule.refusals(d, vote("2025-03-17", 10, 6, 6), P, WEEKDAYS)).isEmpty();
		assertThat(keys(DevelopmentRule.refusals(d, vote("2025-03-17", 10, 5, 5), P, WEEKDAYS)))
			.containsExactly("party.reason.quorum", "party.reason.majority");
		assertThat(keys(DevelopmentRule.refusals(d, vote("2025-03-17", 10, 9, 5), P, WEEKDAYS)))
			.containsExactly("party.reason.majority");
		assertThat(DevelopmentRule.refusals(d, vote("2025-03-17", 9, 5, 5), P, WEEKDAYS)).isEmpty();
		assertThat(keys(DevelopmentRule.refusals(d, vote("2025-03-17", 10, 6, 7), P, WEEKDAYS)))
			.containsExactly("party.reason.voteCounts");
	}

	static DevelopmentRule.Request approval(String on, String reason) {
		return new DevelopmentRule.Request(DevelopmentStepKind.PROBATIONARY, LocalDate.parse(on), null, null, null,
				null, null, null, null, reason);
	}

	@Test
	void theHigherCommitteeApprovesWithinThreeMonthsOrSixWithAReason() {
		PartyDevelopment d = noticed();
		step(d, vote("2025-03-17", 10, 8, 8));
		assertThat(DevelopmentRule.refusals(d, approval("2025-06-17", null), P, WEEKDAYS)).isEmpty();
		assertThat(keys(DevelopmentRule.refusals(d, approval("2025-06-18", null), P, WEEKDAYS)))
			.containsExactly("party.reason.approvalSpecialReason");
		assertThat(DevelopmentRule.refusals(d, approval("2025-06-18", "党委换届延期"), P, WEEKDAYS)).isEmpty();
		assertThat(DevelopmentRule.refusals(d, approval("2025-09-17", "党委换届延期"), P, WEEKDAYS)).isEmpty();
		assertThat(keys(DevelopmentRule.refusals(d, approval("2025-09-18", "党委换届延期"), P, WEEKDAYS)))
			.containsExactly("party.reason.approvalTooLate");
		assertThat(DevelopmentRule.next(d, P).due()).isEqualTo(LocalDate.of(2025, 6, 17));
	}

	static PartyDevelopment probationary() {
		PartyDevelopment d = noticed();
		step(d, vote("2025-03-17", 10, 8, 8));
		step(d, approval("2025-04-10", null));
		return d;
	}

	@Test
	void theProbationaryYearRunsFromTheVoteAndEndsOnItsAnniversary() {
		PartyDevelopment d = probationary();
		assertThat(d.getStage()).isEqualTo(DevelopmentStage.PROBATIONARY);
		assertThat(d.getProbationEnd()).isEqualTo(LocalDate.of(2026, 3, 17));
		assertThat(keys(DevelopmentRule.refusals(d, at(DevelopmentStepKind.FULL_MEMBER, "2026-03-16"), P, WEEKDAYS)))
			.containsExactly("party.reason.probationPeriod");
		assertThat(DevelopmentRule.refusals(d, at(DevelopmentStepKind.FULL_MEMBER, "2026-03-17"), P, WEEKDAYS))
			.isEmpty();
	}

	static DevelopmentRule.Request extension(int months) {
		return new DevelopmentRule.Request(DevelopmentStepKind.EXTENSION, LocalDate.of(2026, 3, 17), null, null, null,
				null, null, null, months, "考察期间表现未达要求");
	}

	@Test
	void anExtensionIsHalfAYearToOneYearAndOnlyOnce() {
		PartyDevelopment d = probationary();
		assertThat(keys(DevelopmentRule.refusals(d, extension(5), P, WEEKDAYS)))
			.containsExactly("party.reason.extensionMonths");
		assertThat(keys(DevelopmentRule.refusals(d, extension(13), P, WEEKDAYS)))
			.containsExactly("party.reason.extensionMonths");
		assertThat(DevelopmentRule.refusals(d, extension(12), P, WEEKDAYS)).isEmpty();
		step(d, extension(6));
		assertThat(d.getProbationEnd()).isEqualTo(LocalDate.of(2026, 9, 17));
		assertThat(keys(DevelopmentRule.refusals(d, extension(6), P, WEEKDAYS))).contains("party.reason.extendedOnce");
		assertThat(keys(DevelopmentRule.refusals(d, at(DevelopmentStepKind.FULL_MEMBER, "2026-09-16"), P, WEEKDAYS)))
			.containsExactly("party.reason.probationPeriod");
		step(d, at(DevelopmentStepKind.FULL_MEMBER, "2026-09-17"));
		assertThat(d.getStage()).isEqualTo(DevelopmentStage.FULL_MEMBER);
		assertThat(d.getSteps()).hasSize(13);
	}

}
