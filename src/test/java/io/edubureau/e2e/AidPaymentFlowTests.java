package io.edubureau.e2e;

import java.time.LocalDate;
import java.util.Locale;

import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.RulesManagement;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A student's aid from the application to the payment batch, in Chinese: the school
 * registers a boarder, applies for the boarders' living allowance and is refused a second
 * application for the same semester, reviews it and posts the public notice; the bureau
 * approves it the day after the notice ends and pays it in a batch.
 */
@BrowserTest
class AidPaymentFlowTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	RulesManagement rules;

	@Test
	void fromApplicationToPaymentWithADuplicateRefused(Chromium chromium) {
		County county = accounts.county();
		String school = accounts.account("SCHOOL_ADMIN", county.schoolA());
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		BrowserSession browser = chromium.open(Locale.SIMPLIFIED_CHINESE);
		browser.signIn(school, TestAccounts.PASSWORD);

		browser.go("/students");
		browser.find("#idNumber").fill(accounts.idNumber(LocalDate.of(2016, 5, 6), true));
		browser.find("#name").fill("周小雨");
		browser.find("#unitId").selectOption(String.valueOf(county.schoolA().id()));
		browser.find("#stage").selectOption("PRIMARY");
		browser.find("#grade").fill("4");
		browser.find("#entryDate").fill("2022-09-01");
		browser.find("#household").selectOption("RURAL");
		browser.find("#boarder").check();
		browser.find("#student-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("h1")).containsText("周小雨");
		assertThat(browser.find("#student-record")).containsText("寄宿生");

		browser.find("#student-aid").click();
		browser.page().waitForLoadState();
		browser.find("#aid-programme").selectOption("BOARDING_LIVING");
		browser.find("#aid-semester").fill("2026-2");
		browser.find("#aid-category").selectOption("MINIMUM_LIVING");
		browser.find("#aid-applied").fill("2026-10-12");
		browser.find("#aid-evidence").fill("低保证 5323010001");
		browser.find("#aid-apply-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#application-status")).hasText("已申请");
		String application = browser.path();

		browser.find("a[href^='/aid/students/']").first().click();
		browser.page().waitForLoadState();
		browser.find("#aid-programme").selectOption("BOARDING_LIVING");
		browser.find("#aid-semester").fill("2026-2");
		browser.find("#aid-category").selectOption("MINIMUM_LIVING");
		browser.find("#aid-evidence").fill("低保证 5323010001");
		browser.find("#aid-apply-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#problems")).containsText("每学期只能受助一次");
		browser.screenshot("duplicate-refused");

		browser.go(application);
		browser.find("#review-pass").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#application-status")).hasText("学校审核通过");
		LocalDate monday = LocalDate.of(2026, 11, 2);
		browser.find("#notice-on").fill(monday.toString());
		browser.find("#notice-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#application-status")).hasText("公示中");
		browser.signOut();

		LocalDate until = rules.periodEnd(PolicyRule.AID_PUBLIC_NOTICE, monday, 5, true).due();
		browser.signIn(officer, TestAccounts.PASSWORD);
		browser.go(application);
		browser.find("#approval-on").fill(until.toString());
		browser.find("#approval-pass").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#problems")).containsText("期满次日起方可批准");
		browser.find("#approval-on").fill(until.plusDays(1).toString());
		browser.find("#approval-pass").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#application-status")).hasText("已批准");
		assertThat(browser.find("#application-amount")).hasText("625.00");
		assertThat(browser.find("#application-reasons")).containsText("1250");

		browser.go("/aid/batches");
		browser.find("#batch-programme").selectOption("BOARDING_LIVING");
		browser.find("#batch-semester").fill("2026-2");
		browser.find("#batch-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#batch-summary")).containsText("1人");
		assertThat(browser.find("#applications-table")).containsText("周小雨");
		assertThat(browser.find("#applications-table")).containsText("已发放");
		browser.screenshot("paid");
	}

}
