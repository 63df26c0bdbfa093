package io.edubureau.e2e;

import java.util.Locale;

import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A petition whose acceptance deadline falls in the National Day holiday, in Chinese, as
 * the petition officer handles it: registered as received on 2025-09-16, its 15th day
 * (2025-10-01) is a public holiday, so the page shows 2025-10-09 with the reason in words
 * and no rule code; the petitioner is shown in full to the officer; accepted on the last
 * day, it waits for its reply and the history shows both steps.
 */
@BrowserTest
class PetitionDeadlineFlowTests {

	@Autowired
	TestAccounts accounts;

	@Test
	void aDeadlineInTheHolidayMovesToTheNextWorkingDay(Chromium chromium) {
		County county = accounts.county();
		String officer = accounts.account("PETITION_OFFICER", county.bureau());
		BrowserSession browser = chromium.open(Locale.SIMPLIFIED_CHINESE);
		browser.signIn(officer, TestAccounts.PASSWORD);

		browser.go("/petitions");
		browser.find("#unitId").selectOption(String.valueOf(county.schoolA().id()));
		browser.find("#channel").selectOption("VISIT");
		browser.find("#category").selectOption("PAY");
		browser.find("#receivedOn").fill("2025-09-16");
		browser.find("#subject").fill("退休教师生活补贴未发放");
		browser.find("#petitionerName").fill("王建国");
		browser.find("#petitionerPhone").fill("13912345678");
		browser.find("#matter").fill("2025年退休教师生活补贴至今未发放。");
		browser.screenshot("register");
		browser.find("#register-save").click();
		browser.page().waitForLoadState();

		assertThat(browser.find("#petition-status")).hasText("已登记");
		assertThat(browser.find("#acceptance-due")).hasText("2025-10-09");
		assertThat(browser.find("#petition-reasons")).containsText("2025-10-01为法定节假日休息日");
		assertThat(browser.find("#petition-reasons")).containsText("期限顺延至下一个工作日2025-10-09");
		assertThat(browser.find("#petition-reasons")).containsText("依据：信访工作条例");
		assertThat(browser.find("#petition-reasons")).not().containsText("PETITION_DEADLINES");
		assertThat(browser.find("#petitioner-name")).hasText("王建国");
		browser.screenshot("holiday-deadline");

		browser.find("#decidedOn").fill("2025-10-09");
		browser.find("#decide-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#petition-status")).hasText("已受理");
		assertThat(browser.find("#petition-reasons")).not().containsText("超过受理告知期限");
		assertThat(browser.find("#history-table tbody tr")).hasCount(2);
		assertThat(browser.find("#reply")).hasCount(1);
		browser.screenshot("accepted");
	}

}
