package io.edubureau.e2e;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.edubureau.cadres.CadresManagement;
import io.edubureau.cadres.Forms.RoundForm;
import io.edubureau.cadres.Views.RoundView;
import io.edubureau.org.DataScope;
import io.edubureau.security.ScopeChecks;
import io.edubureau.security.TestAccounts;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * 班子考核 in the browser: the bureau officer forms an assessment team for a round, enters
 * the team ballots of a school (30 of 50 好: exactly the 60% threshold, which 以上
 * includes), reads the grade 好 with its reasons and confirms it.
 */
@BrowserTest
class TeamAssessmentFlowTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	CadresManagement cadres;

	@Test
	void formATeamEnterTheBallotsSeeTheGradeWithItsReasonsAndConfirm(Chromium chromium) {
		var county = accounts.county();
		String tag = TestAccounts.uniqueCode().substring(6);
		int year = LocalDate.now().getYear();
		StaffView member = accounts.asSystem(() -> staff.create(DataScope.all(), ScopeChecks.teacher(accounts,
				"考核组员" + tag, county.office().code(), LocalDate.of(1975, 2, 2), LocalDate.of(1998, 9, 1))));
		RoundView round = accounts.asSystem(() -> cadres.openRound(DataScope.all(),
				new RoundForm(year, year + "年干部考核" + tag, List.of(county.schoolA().id()))));
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		BrowserSession browser = chromium.open(Locale.SIMPLIFIED_CHINESE);
		browser.signIn(officer, TestAccounts.PASSWORD);
		browser.go("/cadres/rounds/" + round.id());
		browser.find("#leadership-link").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#leadership-title")).containsText("班子考核");

		browser.find("#team-name").fill("第一考核组" + tag);
		browser.find("#team-members").fill(Long.toString(member.id()));
		browser.find("#team-form input[name=unitIds][value='" + county.schoolA().id() + "']").check();
		browser.find("#create-team").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#teams")).containsText("第一考核组" + tag);

		browser.find("#assessment-unit").selectOption(Long.toString(county.schoolA().id()));
		browser.find("#team-good").fill("30");
		browser.find("#team-fairly-good").fill("10");
		browser.find("#team-average").fill("6");
		browser.find("#team-poor").fill("4");
		browser.find("#enter-assessment").click();
		browser.page().waitForLoadState();
		String row = "#assessment-" + county.schoolA().id();
		assertThat(browser.find(row + " .grade")).hasText("好");

		browser.find(row + " a").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#assessment-grade")).hasText("好");
		assertThat(browser.find("#assessment-reasons")).containsText("班子测评有效票 50 张");
		assertThat(browser.find("#assessment-reasons")).containsText("“差”票占 8%，低于 30%");
		assertThat(browser.find("#assessment-reasons")).containsText("“好”票占 60%，达到 60%（含本数）：评为好");
		assertThat(browser.find("#assessment-status")).hasText("已录入");
		browser.screenshot("team-assessment-zh");

		browser.find("#confirm-assessment").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#assessment-status")).hasText("已确认");
		assertThat(browser.find("#confirm-assessment")).hasCount(0);
		assertThat(browser.find("#assessment-history")).containsText("已录入 → 已确认");
	}

}
