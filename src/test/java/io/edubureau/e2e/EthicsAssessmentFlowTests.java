package io.edubureau.e2e;

import java.time.LocalDate;
import java.util.Locale;

import io.edubureau.org.DataScope;
import io.edubureau.security.ScopeChecks;
import io.edubureau.security.TestAccounts;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * 学期师德考核 in the browser: the school records a teacher's failed semester assessment
 * (refused first without its reasons), another school does not see it, and the bureau
 * finds it among those waiting for review, reviews it and filters it by result.
 */
@BrowserTest
class EthicsAssessmentFlowTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Test
	void theSchoolRecordsASemesterResultAndTheBureauReviewsIt(Chromium chromium) {
		var county = accounts.county();
		String tag = TestAccounts.uniqueCode().substring(6);
		int year = LocalDate.now().getYear();
		StaffView teacher = accounts.asSystem(() -> staff.create(DataScope.all(), ScopeChecks.teacher(accounts,
				"师德考核" + tag, county.schoolA().code(), LocalDate.of(1985, 2, 2), LocalDate.of(2008, 9, 1))));
		BrowserSession browser = chromium.open(Locale.SIMPLIFIED_CHINESE);
		browser.signIn(accounts.account("SCHOOL_ADMIN", county.schoolA()), TestAccounts.PASSWORD);
		browser.go("/ethics/assessments");
		assertThat(browser.find("h1")).hasText("学期师德考核");
		browser.find("#a-staff").selectOption(Long.toString(teacher.id()));
		browser.find("#a-semester").selectOption("1");
		browser.find("#a-result").selectOption("FAILED");
		browser.find("#assessment-submit").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#problems")).containsText("考核不合格须在备注中写明理由");
		assertThat(browser.find("#assessments-empty")).isVisible();

		browser.find("#a-staff").selectOption(Long.toString(teacher.id()));
		browser.find("#a-semester").selectOption("1");
		browser.find("#a-result").selectOption("FAILED");
		browser.find("#a-notes").fill("体罚学生，经调查属实");
		browser.find("#assessment-submit").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#assessments-table")).containsText("师德考核" + tag);
		assertThat(browser.find("#assessments-table")).containsText(year + "年第1学期");
		assertThat(browser.find("#assessments-table")).containsText("不合格");
		assertThat(browser.find("#assessments-table .review")).containsText("待审核");
		browser.screenshot("ethics-assessment-school-zh");
		browser.signOut();

		browser.signIn(accounts.account("SCHOOL_ADMIN", county.schoolB()), TestAccounts.PASSWORD);
		browser.go("/ethics/assessments");
		assertThat(browser.find("#assessments-empty")).isVisible();
		browser.signOut();

		browser.signIn(accounts.account("BUREAU_OFFICER", county.bureau()), TestAccounts.PASSWORD);
		browser.go("/ethics/assessments?review=PENDING&year=" + year);
		assertThat(browser.find("#assessments-table")).containsText("师德考核" + tag);
		browser.find("#assessments-table tr:has-text('师德考核" + tag + "') button[type=submit]").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("tr:has-text('师德考核" + tag + "')")).hasCount(0);
		browser.find("#f-review").selectOption("REVIEWED");
		browser.find("#f-result").selectOption("FAILED");
		browser.find("#filter-submit").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#assessments-table tr:has-text('师德考核" + tag + "') .review")).containsText("已审核");
		browser.find("#f-result").selectOption("PASSED");
		browser.find("#filter-submit").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("tr:has-text('师德考核" + tag + "')")).hasCount(0);
	}

}
