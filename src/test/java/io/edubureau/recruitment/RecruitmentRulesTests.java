package io.edubureau.recruitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.edubureau.rules.HolidayKind;
import io.edubureau.rules.PolicyRule;
import io.edubureau.staff.Education;
import io.edubureau.staff.HireChannel;
import io.edubureau.staff.PostCategory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The recruitment rules at the boundaries the policy names. */
class RecruitmentRulesTests {

	private static RecruitmentPosition position(Education min, boolean certificate, Integer maxAge, String household) {
		return new RecruitmentPosition(1, 2, "/1/2/", new Forms.PositionForm(2L, PostCategory.PROFESSIONAL, null, "语文",
				1, HireChannel.OPEN_RECRUITMENT, min, certificate, maxAge, household), "test");
	}

	@Test
	void aPlanEqualToTheVacanciesFitsAndOneMoreIsRefused() {
		List<Views.Vacancy> vacancies = List.of(new Views.Vacancy(7, "甲校", PostCategory.PROFESSIONAL, 10, 9, 1, 2));
		Views.PlanCheck equal = RecruitmentRules.plan(Map.of(7L, Map.of(PostCategory.PROFESSIONAL, 2)), vacancies,
				Map.of(7L, "甲校"));
		assertThat(equal.fits()).isTrue();
		assertThat(equal.reasons()).singleElement().satisfies(r -> {
			assertThat(r.rule()).isEqualTo(PolicyRule.RECRUITMENT_PLAN);
			assertThat(r.messageKey()).isEqualTo("recruitment.reason.plan.fits");
		});
		Views.PlanCheck over = RecruitmentRules.plan(Map.of(7L, Map.of(PostCategory.PROFESSIONAL, 3)), vacancies,
				Map.of(7L, "甲校"));
		assertThat(over.fits()).isFalse();
		assertThat(over.reasons().get(0).messageKey()).isEqualTo("recruitment.reason.plan.exceeds");
		// A category without any approval has no vacancy at all.
		assertThat(
				RecruitmentRules.plan(Map.of(7L, Map.of(PostCategory.SUPPORT, 1)), vacancies, Map.of(7L, "甲校")).fits())
			.isFalse();
	}

	@Test
	void vacanciesAreApprovedMinusActualPlusRetiringAndNeverNegative() {
		assertThat(RecruitmentRules.vacant(10, 9, 1)).isEqualTo(2);
		assertThat(RecruitmentRules.vacant(10, 12, 1)).isZero();
	}

	@Test
	void theAgeLimitIncludesItsNumber() {
		LocalDate on = LocalDate.of(2026, 5, 10);
		RecruitmentPosition p = position(null, false, 35, null);
		// 35 on the day (36th birthday tomorrow) passes; 36 on the day (birthday today)
		// does not.
		assertThat(RecruitmentRules.eligibility(p, Education.BACHELOR, false, LocalDate.of(1990, 5, 11), null, on)
			.eligible()).isTrue();
		Views.Eligibility over = RecruitmentRules.eligibility(p, Education.BACHELOR, false, LocalDate.of(1990, 5, 10),
				null, on);
		assertThat(over.eligible()).isFalse();
		assertThat(over.reasons().get(0).messageKey()).isEqualTo("recruitment.reason.age.over");
		assertThat(over.reasons().get(0).args()).startsWith(36, 35);
	}

	@Test
	void educationCertificateAndHouseholdAreCheckedEachWithAReason() {
		RecruitmentPosition p = position(Education.BACHELOR, true, null, "示范县");
		LocalDate on = LocalDate.of(2026, 5, 10);
		LocalDate born = LocalDate.of(2000, 1, 1);
		assertThat(RecruitmentRules.eligibility(p, Education.BACHELOR, true, born, "示范县", on).eligible()).isTrue();
		assertThat(RecruitmentRules.eligibility(p, Education.MASTER, true, born, "示范县", on).eligible()).isTrue();
		Views.Eligibility associate = RecruitmentRules.eligibility(p, Education.ASSOCIATE, true, born, "示范县", on);
		assertThat(associate.eligible()).isFalse();
		assertThat(associate.reasons()).extracting(r -> r.messageKey())
			.containsExactly("recruitment.reason.education.short", "recruitment.reason.certificate.met",
					"recruitment.reason.household.met");
		assertThat(RecruitmentRules.eligibility(p, Education.BACHELOR, false, born, "示范县", on).eligible()).isFalse();
		assertThat(RecruitmentRules.eligibility(p, Education.BACHELOR, true, born, "邻县", on).eligible()).isFalse();
		assertThat(RecruitmentRules.eligibility(p, Education.BACHELOR, true, born, null, on).eligible()).isFalse();
	}

	@Test
	void theTotalIsTheWeightedSumAtTheRoundsPrecision() {
		assertThat(RecruitmentRules.total(new BigDecimal("80"), new BigDecimal("70"), 40, 60, 2))
			.isEqualByComparingTo("74.00");
		assertThat(RecruitmentRules.total(new BigDecimal("80"), new BigDecimal("70"), 50, 50, 2))
			.isEqualByComparingTo("75.00");
		// 28 + 46.002 = 74.002, two places: 74.00
		assertThat(RecruitmentRules.total(new BigDecimal("70"), new BigDecimal("76.67"), 40, 60, 2))
			.isEqualByComparingTo("74.00");
		assertThat(RecruitmentRules.total(new BigDecimal("70.5"), new BigDecimal("80"), 50, 50, 1)).hasToString("75.3");
		assertThat(RecruitmentRules.total(null, new BigDecimal("80"), 50, 50, 2)).isNull();
	}

	@Test
	void tiesAreBrokenByTheWrittenScoreAndEqualInBothShareTheRank() {
		List<RecruitmentRules.Scored> scored = new ArrayList<>(
				List.of(new RecruitmentRules.Scored(1, new BigDecimal("74.00"), new BigDecimal("70")),
						new RecruitmentRules.Scored(2, new BigDecimal("74.00"), new BigDecimal("80")),
						new RecruitmentRules.Scored(3, new BigDecimal("80.00"), new BigDecimal("60")),
						new RecruitmentRules.Scored(4, new BigDecimal("74.00"), new BigDecimal("70"))));
		scored.sort(RecruitmentRules.ORDER);
		assertThat(scored).extracting(RecruitmentRules.Scored::id).startsWith(3L, 2L);
		assertThat(RecruitmentRules.ranks(scored)).containsExactly(1, 2, 3, 3);
	}

	@Test
	void theNoticeDoesNotCountItsFirstDayAndEndsOnAWorkingDay() {
		// Monday 4 May 2026 + 7 days = Monday 11 May.
		assertThat(RecruitmentRules.publicityEnd(LocalDate.of(2026, 5, 4), 7, Map.of()))
			.isEqualTo(LocalDate.of(2026, 5, 11));
		// Wednesday 6 May + 7 = Wednesday 13 May; a holiday that day moves it to the
		// 14th.
		assertThat(RecruitmentRules.publicityEnd(LocalDate.of(2026, 5, 6), 7,
				Map.of(LocalDate.of(2026, 5, 13), HolidayKind.REST)))
			.isEqualTo(LocalDate.of(2026, 5, 14));
		// Ending on Saturday 9 May moves to Monday 11 May, unless Saturday is a make-up
		// working day.
		assertThat(RecruitmentRules.publicityEnd(LocalDate.of(2026, 5, 2), 7, Map.of()))
			.isEqualTo(LocalDate.of(2026, 5, 11));
		assertThat(RecruitmentRules.publicityEnd(LocalDate.of(2026, 5, 2), 7,
				Map.of(LocalDate.of(2026, 5, 9), HolidayKind.WORK)))
			.isEqualTo(LocalDate.of(2026, 5, 9));
	}

	@Test
	void probationIsTwelveMonthsForAFirstJobWithAContractOfThreeYearsOrMore() {
		LocalDate hired = LocalDate.of(2026, 9, 1);
		Views.Probation three = RecruitmentRules.probation(true, 3, null, hired);
		assertThat(three.months()).isEqualTo(12);
		assertThat(three.end()).isEqualTo(LocalDate.of(2027, 8, 31));
		assertThat(three.reason().rule()).isEqualTo(PolicyRule.PROBATION);
		Views.Probation two = RecruitmentRules.probation(true, 2, 3, hired);
		assertThat(two.months()).isEqualTo(3);
		assertThat(two.reason().messageKey()).isEqualTo("recruitment.reason.probation.shortContract");
		Views.Probation transfer = RecruitmentRules.probation(false, 5, null, hired);
		assertThat(transfer.months()).isZero();
		assertThat(transfer.end()).isNull();
	}

}
