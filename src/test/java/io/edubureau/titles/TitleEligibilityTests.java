package io.edubureau.titles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.edubureau.org.Stage;
import io.edubureau.platform.Rejection;
import io.edubureau.staff.Education;
import io.edubureau.staff.TitleLevel;
import io.edubureau.titles.EligibilityInputs.YearResult;
import io.edubureau.titles.TitleDecision.Criterion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The title eligibility rule at the boundaries policy rules §5–§7 name. */
class TitleEligibilityTests {

	static final LocalDate ON = LocalDate.of(2026, 3, 1);

	/** A rural primary teacher with a clean record, registered, hours complete. */
	static EligibilityInputs person(TitleLevel current, LocalDate since, Education education, Stage stage) {
		return new EligibilityInputs(current, since, LocalDate.of(2005, 9, 1), education, stage, false, 0, 1, true,
				goodYears(), true, true, 360, 360);
	}

	static List<YearResult> goodYears() {
		List<YearResult> years = new ArrayList<>();
		for (int y = 2015; y <= 2025; y++) {
			years.add(new YearResult(y, true, "COMPETENT", false));
		}
		return years;
	}

	static Criterion criterion(TitleDecision d, String code) {
		return d.criteria().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
	}

	@Test
	void seniorNeedsExactlyFiveYearsAsFirstGrade() {
		LocalDate since = LocalDate.of(2021, 3, 1);
		TitleDecision five = TitleEligibility.decide(person(TitleLevel.FIRST, since, Education.BACHELOR, Stage.PRIMARY),
				TitleLevel.SENIOR, ON);
		assertThat(five.eligible()).isTrue();
		assertThat(criterion(five, "PATH").reason().args()).contains("5", "0");
		// 2021-03-01 to 2026-02-28: 4 years and 364 days.
		TitleDecision short1 = TitleEligibility.decide(
				person(TitleLevel.FIRST, since, Education.BACHELOR, Stage.PRIMARY), TitleLevel.SENIOR, ON.minusDays(1));
		assertThat(short1.eligible()).isFalse();
		assertThat(criterion(short1, "PATH").met()).isFalse();
		assertThat(criterion(short1, "PATH").reason().args()).contains("4", "364");
	}

	@Test
	void bachelorAndAssociatePathsToFirstGrade() {
		LocalDate since = ON.minusYears(4);
		assertThat(TitleEligibility
			.decide(person(TitleLevel.SECOND, since, Education.BACHELOR, Stage.SENIOR), TitleLevel.FIRST, ON)
			.eligible()).isTrue();
		// 大专 + 4 years as 二级 holds for primary and junior schools only.
		assertThat(TitleEligibility
			.decide(person(TitleLevel.SECOND, since, Education.ASSOCIATE, Stage.PRIMARY), TitleLevel.FIRST, ON)
			.eligible()).isTrue();
		TitleDecision senior = TitleEligibility
			.decide(person(TitleLevel.SECOND, since, Education.ASSOCIATE, Stage.SENIOR), TitleLevel.FIRST, ON);
		assertThat(senior.eligible()).isFalse();
		assertThat(criterion(senior, "PATH").reason().messageKey()).isEqualTo("titles.reason.path.stage");
		// 中师 needs 5 years as 二级; 4 are not enough.
		assertThat(TitleEligibility
			.decide(person(TitleLevel.SECOND, since, Education.SECONDARY_NORMAL, Stage.PRIMARY), TitleLevel.FIRST, ON)
			.eligible()).isFalse();
	}

	@Test
	void bachelorAndAssociatePathsToSecondGrade() {
		// 本科 + the induction year from the start of work; 大专 needs 2 years as 三级.
		EligibilityInputs bachelor = new EligibilityInputs(TitleLevel.NONE, null, ON.minusYears(1), Education.BACHELOR,
				Stage.PRIMARY, false, 0, 1, true, List.of(), true, true, 120, 120);
		assertThat(TitleEligibility.decide(bachelor, TitleLevel.SECOND, ON).eligible()).isTrue();
		assertThat(TitleEligibility.decide(bachelor, TitleLevel.SECOND, ON.minusDays(1)).eligible()).isFalse();
		EligibilityInputs associate = new EligibilityInputs(TitleLevel.NONE, null, ON.minusYears(1),
				Education.ASSOCIATE, Stage.PRIMARY, false, 0, 1, true, List.of(), true, true, 120, 120);
		TitleDecision d = TitleEligibility.decide(associate, TitleLevel.SECOND, ON);
		assertThat(d.eligible()).isFalse();
		assertThat(criterion(d, "PATH").reason().messageKey()).isEqualTo("titles.reason.path.level");
		// 硕士 may apply for 二级 directly; 博士 for 一级.
		EligibilityInputs master = new EligibilityInputs(TitleLevel.NONE, null, ON.minusMonths(2), Education.MASTER,
				Stage.SENIOR, false, 0, 1, true, List.of(), true, true, 0, 0);
		assertThat(TitleEligibility.decide(master, TitleLevel.SECOND, ON).eligible()).isTrue();
		// 中师 has no path to 高级.
		assertThat(criterion(TitleEligibility.decide(
				person(TitleLevel.FIRST, ON.minusYears(10), Education.SECONDARY_NORMAL, Stage.PRIMARY),
				TitleLevel.SENIOR, ON), "PATH")
			.reason()
			.messageKey()).isEqualTo("titles.reason.path.none");
	}

	static EligibilityInputs urban(long ruralDays, boolean forFirst) {
		return new EligibilityInputs(TitleLevel.FIRST, ON.minusYears(6), LocalDate.of(2005, 9, 1), Education.BACHELOR,
				Stage.PRIMARY, true, ruralDays, 1, forFirst, goodYears(), true, true, 360, 360);
	}

	@Test
	void urbanTeachersNeedAYearOfRuralServiceForSenior() {
		assertThat(criterion(TitleEligibility.decide(urban(365, true), TitleLevel.SENIOR, ON), "RURAL_SERVICE").met())
			.isTrue();
		TitleDecision short1 = TitleEligibility.decide(urban(364, true), TitleLevel.SENIOR, ON);
		assertThat(short1.eligible()).isFalse();
		assertThat(criterion(short1, "RURAL_SERVICE").reason().args()).containsExactly("364", "365", "1");
		// Rural teachers are not asked.
		EligibilityInputs rural = person(TitleLevel.FIRST, ON.minusYears(6), Education.BACHELOR, Stage.PRIMARY);
		assertThat(criterion(TitleEligibility.decide(rural, TitleLevel.SENIOR, ON), "RURAL_SERVICE").met()).isTrue();
	}

	@Test
	void firstGradeAsksRuralServiceOnlyWhenTheParameterSaysSo() {
		EligibilityInputs asked = new EligibilityInputs(TitleLevel.SECOND, ON.minusYears(5), LocalDate.of(2010, 9, 1),
				Education.BACHELOR, Stage.PRIMARY, true, 364, 1, true, goodYears(), true, true, 360, 360);
		assertThat(criterion(TitleEligibility.decide(asked, TitleLevel.FIRST, ON), "RURAL_SERVICE").met()).isFalse();
		EligibilityInputs notAsked = new EligibilityInputs(TitleLevel.SECOND, ON.minusYears(5),
				LocalDate.of(2010, 9, 1), Education.BACHELOR, Stage.PRIMARY, true, 364, 1, false, goodYears(), true,
				true, 360, 360);
		TitleDecision d = TitleEligibility.decide(notAsked, TitleLevel.FIRST, ON);
		assertThat(d.eligible()).isTrue();
		assertThat(criterion(d, "RURAL_SERVICE").reason().messageKey()).isEqualTo("titles.reason.rural.notAsked");
	}

	@Test
	void aLevelNotAboveTheCurrentOneIsRefused() {
		EligibilityInputs first = person(TitleLevel.FIRST, ON.minusYears(6), Education.BACHELOR, Stage.PRIMARY);
		assertThatThrownBy(() -> TitleEligibility.decide(first, TitleLevel.FIRST, ON)).isInstanceOf(Rejection.class)
			.hasMessage("titles.target.notAbove");
		assertThatThrownBy(() -> TitleEligibility.decide(first, TitleLevel.SECOND, ON)).isInstanceOf(Rejection.class);
		assertThatThrownBy(() -> TitleEligibility.decide(first, TitleLevel.NONE, ON)).isInstanceOf(Rejection.class);
	}

	@Test
	void aFailedEthicsAssessmentBlocksForTwentyFourMonths() {
		List<YearResult> years = new ArrayList<>(goodYears());
		years.removeIf(y -> y.year() == 2024);
		years.add(new YearResult(2024, false, "INCOMPETENT", true));
		EligibilityInputs in = new EligibilityInputs(TitleLevel.FIRST, LocalDate.of(2015, 1, 1),
				LocalDate.of(2005, 9, 1), Education.BACHELOR, Stage.PRIMARY, false, 0, 1, true, years, true, true, 360,
				360);
		// Assessed for 2024, counted from 2024-12-31: blocked through 2026-12-31.
		assertThat(
				criterion(TitleEligibility.decide(in, TitleLevel.SENIOR, LocalDate.of(2026, 12, 31)), "ETHICS").met())
			.isFalse();
		assertThat(criterion(TitleEligibility.decide(in, TitleLevel.SENIOR, LocalDate.of(2027, 1, 1)), "ETHICS").met())
			.isTrue();
	}

	@Test
	void eachOfTheLastThreeAppraisalsMustBeCompetent() {
		List<YearResult> years = new ArrayList<>(goodYears());
		years.removeIf(y -> y.year() == 2023);
		years.add(new YearResult(2023, false, "BASICALLY_COMPETENT", false));
		EligibilityInputs in = new EligibilityInputs(TitleLevel.FIRST, LocalDate.of(2015, 1, 1),
				LocalDate.of(2005, 9, 1), Education.BACHELOR, Stage.PRIMARY, false, 0, 1, true, years, true, true, 360,
				360);
		assertThat(TitleEligibility.decide(in, TitleLevel.SENIOR, ON).eligible()).isFalse();
		// 2023 falls outside the last three years on 2027-03-01 (2024–2026); 2026 is
		// missing.
		TitleDecision later = TitleEligibility.decide(in, TitleLevel.SENIOR, LocalDate.of(2027, 3, 1));
		assertThat(later.unmet()).extracting(r -> r.messageKey()).containsExactly("titles.reason.appraisal.missing");
	}

	@Test
	void registrationAndHoursAtTheirEdges() {
		EligibilityInputs unregistered = new EligibilityInputs(TitleLevel.FIRST, LocalDate.of(2015, 1, 1),
				LocalDate.of(2005, 9, 1), Education.BACHELOR, Stage.PRIMARY, false, 0, 1, true, goodYears(), false,
				false, 360, 360);
		assertThat(criterion(TitleEligibility.decide(unregistered, TitleLevel.SENIOR, ON), "REGISTRATION").met())
			.isFalse();
		EligibilityInputs unknown = new EligibilityInputs(TitleLevel.FIRST, LocalDate.of(2015, 1, 1),
				LocalDate.of(2005, 9, 1), Education.BACHELOR, Stage.PRIMARY, false, 0, 1, true, goodYears(), null, null,
				null, 360);
		assertThat(TitleEligibility.decide(unknown, TitleLevel.SENIOR, ON).eligible()).isTrue();
		EligibilityInputs short1 = new EligibilityInputs(TitleLevel.FIRST, LocalDate.of(2015, 1, 1),
				LocalDate.of(2005, 9, 1), Education.BACHELOR, Stage.PRIMARY, false, 0, 1, true, goodYears(), true, true,
				359, 360);
		assertThat(criterion(TitleEligibility.decide(short1, TitleLevel.SENIOR, ON), "TRAINING").met()).isFalse();
	}

	@Test
	void hoursAreProratedForWorkStartedInsideTheWindow() {
		LocalDate from = LocalDate.of(2021, 3, 2);
		assertThat(TitlesManagement.requiredHours(360, from, ON, LocalDate.of(2000, 1, 1))).isEqualTo(360);
		assertThat(TitlesManagement.requiredHours(360, from, ON, from)).isEqualTo(360);
		int half = TitlesManagement.requiredHours(360, from, ON, LocalDate.of(2023, 9, 1));
		assertThat(half).isBetween(175, 185);
	}

	@Test
	void panelApprovalIsTwoThirdsOfMembersPresentInIntegers() {
		assertThat(PanelApproval.approved(2, 3, 2, 3)).isTrue();
		assertThat(PanelApproval.approved(4, 6, 2, 3)).isTrue();
		assertThat(PanelApproval.approved(3, 5, 2, 3)).isFalse();
		assertThat(PanelApproval.approved(4, 7, 2, 3)).isFalse();
		assertThat(PanelApproval.approved(0, 0, 2, 3)).isFalse();
	}

	@Test
	void theNoticeSkipsWeekends() {
		LocalDate monday = LocalDate.of(2026, 11, 30);
		assertThat(WorkingDays.end(monday, 5)).isEqualTo(LocalDate.of(2026, 12, 4));
		assertThat(WorkingDays.end(monday.plusDays(3), 5)).isEqualTo(LocalDate.of(2026, 12, 9));
		assertThat(WorkingDays.end(monday.plusDays(5), 5)).isEqualTo(LocalDate.of(2026, 12, 11));
	}

	@Test
	void overlappingRuralPeriodsCountOnce() {
		LocalDate a = LocalDate.of(2020, 1, 1);
		assertThat(RuralService.days(List.of(new RuralService.Period(a, a.plusDays(200)),
				new RuralService.Period(a.plusDays(100), a.plusDays(364)))))
			.isEqualTo(364);
		assertThat(RuralService.days(List.of(new RuralService.Period(a, a.plusDays(10)),
				new RuralService.Period(a.plusDays(20), a.plusDays(30)))))
			.isEqualTo(20);
	}

}
