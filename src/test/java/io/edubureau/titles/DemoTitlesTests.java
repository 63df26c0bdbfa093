package io.edubureau.titles;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo title round on a test county of its own: this year's round in qualification
 * review with applications at different states, the refused one with its reason, the
 * panel formed; a second seeding adds nothing.
 */
@EduBureauTest
class DemoTitlesTests {

	@Autowired
	DemoTitles demo;

	@Autowired
	TitlesManagement titles;

	@Autowired
	StaffManagement staff;

	@Autowired
	TestAccounts accounts;

	@Test
	void thisYearsRoundIsInReviewWithApplicationsAtDifferentStatesAndOneRefusedWithReasons() {
		County county = accounts.county();
		for (int i = 0; i < 6; i++) {
			String name = "示例申报" + i + TestAccounts.uniqueCode().substring(6);
			accounts.asSystem(() -> staff.create(DataScope.all(), TestAccounts
				.teacher(accounts.idNumber(LocalDate.of(1985, 4, 4), true), name, county.schoolA().code())));
		}
		DataScope scope = DataScope.unitAndBelow(county.bureau().id());
		LocalDate today = LocalDate.now();
		RoundView round = accounts.asSystem(() -> demo.seed(scope, today));

		assertThat(round.year()).isEqualTo(today.getYear());
		RoundView now = titles.round(scope, round.id());
		assertThat(now.state()).isEqualTo(RoundState.REVIEW);
		assertThat(now.panel()).hasSize(5);
		List<ApplicationView> applications = titles.applications(scope, round.id());
		assertThat(applications).extracting(ApplicationView::state)
			.containsExactlyInAnyOrder(ApplicationState.QUALIFIED, ApplicationState.QUALIFIED,
					ApplicationState.NOT_QUALIFIED, ApplicationState.NOT_RECOMMENDED, ApplicationState.SUBMITTED);
		ApplicationView refused = applications.stream()
			.filter(a -> a.state() == ApplicationState.NOT_QUALIFIED)
			.findFirst()
			.orElseThrow();
		assertThat(titles.application(scope, refused.id()).history())
			.anySatisfy(s -> assertThat(s.note()).startsWith("资格审查未通过：").hasSizeGreaterThan(10));
		assertThat(accounts.asSystem(() -> demo.seed(scope, today))).isNull();
		assertThat(titles.applications(scope, round.id())).hasSize(5);
	}

}
