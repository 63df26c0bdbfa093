package io.edubureau.recruitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.edubureau.staff.PostCategory;
import io.edubureau.staff.TitleLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The post-setting rules at their boundaries: the structure share equal allowed and one
 * post over refused, the last post filled and one more refused, the title each grade
 * needs, days left counted without the day counted from, and ties at the last post.
 */
class PostRulesTests {

	@Test
	void gradesHaveTheirCategoryBandAndTitle() {
		assertThat(PostGrade.PRO_4.band()).isEqualTo(PostGrade.Band.SENIOR);
		assertThat(PostGrade.PRO_7.band()).isEqualTo(PostGrade.Band.SENIOR);
		assertThat(PostGrade.PRO_8.band()).isEqualTo(PostGrade.Band.MIDDLE);
		assertThat(PostGrade.PRO_10.band()).isEqualTo(PostGrade.Band.MIDDLE);
		assertThat(PostGrade.PRO_11.band()).isEqualTo(PostGrade.Band.JUNIOR);
		assertThat(PostGrade.MGT_5.band()).isNull();
		assertThat(PostGrade.SUP_GENERAL.category()).isEqualTo(PostCategory.SUPPORT);
		assertThat(PostGrade.MGT_10.category()).isEqualTo(PostCategory.MANAGEMENT);
		assertThat(PostGrade.PRO_4.requiredTitle()).isEqualTo(TitleLevel.PROFESSOR_SENIOR);
		assertThat(PostGrade.PRO_5.requiredTitle()).isEqualTo(TitleLevel.SENIOR);
		assertThat(PostGrade.PRO_10.requiredTitle()).isEqualTo(TitleLevel.FIRST);
		assertThat(PostGrade.PRO_12.requiredTitle()).isEqualTo(TitleLevel.SECOND);
		assertThat(PostGrade.PRO_13.requiredTitle()).isEqualTo(TitleLevel.THIRD);
		assertThat(PostGrade.SUP_1.requiredTitle()).isNull();
	}

	@Test
	void structureShareEqualIsAllowedOneMoreIsNot() {
		assertThat(PostRules.structure(Map.of(PostGrade.PRO_7, 1, PostGrade.PRO_9, 3, PostGrade.PRO_12, 6), 1000, 3000)
			.allowed()).isTrue();
		PostRules.Decision over = PostRules
			.structure(Map.of(PostGrade.PRO_7, 2, PostGrade.PRO_9, 3, PostGrade.PRO_12, 5), 1000, 3000);
		assertThat(over.allowed()).isFalse();
		assertThat(over.reasons().get(0).messageKey()).isEqualTo("recruitment.reason.structure.exceeds");
		assertThat(over.reasons().get(1).messageKey()).isEqualTo("recruitment.reason.structure.fits");
		// 中级 4 of 10 over 30%; management posts do not count.
		assertThat(PostRules.structure(Map.of(PostGrade.PRO_9, 4, PostGrade.PRO_12, 6, PostGrade.MGT_8, 20), 1000, 3000)
			.allowed()).isFalse();
		assertThat(PostRules.structure(Map.of(PostGrade.MGT_8, 2), 1000, 3000).allowed()).isTrue();
	}

	@Test
	void appointmentFillsTheLastPostButNotOneMore() {
		assertThat(PostRules.appointment(PostGrade.PRO_9, 3, 2, TitleLevel.FIRST).allowed()).isTrue();
		PostRules.Decision full = PostRules.appointment(PostGrade.PRO_9, 3, 3, TitleLevel.FIRST);
		assertThat(full.allowed()).isFalse();
		assertThat(full.reasons().get(0).messageKey()).isEqualTo("recruitment.reason.post.full");
		assertThat(PostRules.appointment(PostGrade.PRO_9, null, 0, TitleLevel.FIRST).allowed()).isFalse();
	}

	@Test
	void titleBelowTheGradeIsRefusedAndHigherAllowed() {
		PostRules.Decision low = PostRules.appointment(PostGrade.PRO_7, 5, 0, TitleLevel.FIRST);
		assertThat(low.allowed()).isFalse();
		assertThat(low.reasons().get(1).messageKey()).isEqualTo("recruitment.reason.post.titleShort");
		assertThat(PostRules.appointment(PostGrade.PRO_9, 5, 0, TitleLevel.SENIOR).allowed()).isTrue();
		assertThat(PostRules.appointment(PostGrade.PRO_13, 5, 0, null).allowed()).isFalse();
		assertThat(PostRules.appointment(PostGrade.MGT_7, 5, 0, null).allowed()).isTrue();
	}

	@Test
	void daysLeftDoNotCountTheDayCountedFrom() {
		LocalDate today = LocalDate.of(2026, 12, 7);
		assertThat(PostRules.daysLeft(today, LocalDate.of(2026, 12, 8))).isEqualTo(1);
		assertThat(PostRules.daysLeft(today, null)).isNull();
		assertThat(PostRules.expiring(today, today.plusDays(90), 90)).isTrue();
		assertThat(PostRules.expiring(today, today.plusDays(91), 90)).isFalse();
		assertThat(PostRules.expiring(today, today.minusDays(1), 90)).isFalse();
	}

	@Test
	void ranksShareTiesAndATieAtTheLastPostIsFound() {
		List<PostRules.Scored> ordered = List.of(new PostRules.Scored(1, new BigDecimal("90")),
				new PostRules.Scored(2, new BigDecimal("80.5")), new PostRules.Scored(3, new BigDecimal("80.50")),
				new PostRules.Scored(4, new BigDecimal("70")));
		assertThat(PostRules.ranks(ordered)).containsExactly(1, 2, 2, 4);
		assertThat(PostRules.tieAtCut(ordered, 2)).isTrue();
		assertThat(PostRules.tieAtCut(ordered, 1)).isFalse();
		assertThat(PostRules.tieAtCut(ordered, 3)).isFalse();
		assertThat(PostRules.tieAtCut(ordered, 4)).isFalse();
	}

	@Test
	void contractProbationReusesTheHireRule() {
		LocalDate start = LocalDate.of(2026, 9, 1);
		assertThat(Contracts.probation(EmploymentContract.Kind.FIXED_TERM, start, LocalDate.of(2029, 8, 31), true, null)
			.months()).isEqualTo(12);
		// One day short of 3 years: the rule sets no probation.
		assertThat(Contracts.probation(EmploymentContract.Kind.FIXED_TERM, start, LocalDate.of(2029, 8, 30), true, null)
			.months()).isZero();
		assertThat(Contracts.probation(EmploymentContract.Kind.TO_RETIREMENT, start, null, true, null).end())
			.isEqualTo(LocalDate.of(2027, 8, 31));
		assertThat(Contracts.probation(EmploymentContract.Kind.TO_RETIREMENT, start, null, false, 3).months())
			.isEqualTo(3);
	}

}
