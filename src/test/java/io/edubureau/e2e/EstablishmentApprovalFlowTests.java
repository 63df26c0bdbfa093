package io.edubureau.e2e;

import java.time.LocalDate;
import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The approved establishment of a school, in Chinese, as the bureau officer records it: a
 * school with two teachers and no approval is over its establishment; an approval
 * effective more than a year ahead is refused in words and changes nothing; the approval
 * of three professional posts with its document is saved, the school is under its
 * establishment by one, and the approval history shows the document; the English page
 * words the state.
 */
@BrowserTest
class EstablishmentApprovalFlowTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	static Locator row(BrowserSession browser, String unit) {
		return browser.page().locator("#establishment-table tbody tr", new Page.LocatorOptions().setHasText(unit));
	}

	@Test
	void anApprovalWithItsDocumentTurnsASchoolFromOverToUnder(Chromium chromium) {
		County county = accounts.county();
		for (String name : new String[] { "冯编内", "陈编内" }) {
			accounts.asSystem(() -> staff.create(DataScope.all(), TestAccounts
				.teacher(accounts.idNumber(LocalDate.of(1988, 7, 8), false), name, county.schoolA().code())));
		}
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		String school = county.schoolA().name();
		BrowserSession browser = chromium.open(Locale.SIMPLIFIED_CHINESE);
		browser.signIn(officer, TestAccounts.PASSWORD);

		browser.go("/establishment");
		assertThat(row(browser, school).locator("td").nth(3)).hasText("2");
		assertThat(row(browser, school).locator(".badge")).hasText("超编");
		assertThat(browser.find("#over-units")).hasText("1");

		String later = LocalDate.now().plusYears(1).plusDays(1).toString();
		row(browser, school).locator("[name=PROFESSIONAL]").fill("3");
		row(browser, school).locator("[name=effectiveFrom]").fill(later);
		row(browser, school).locator("button[type=submit]").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#problems")).containsText("生效日期最多可提前一年，不能晚于 " + LocalDate.now().plusYears(1));
		assertThat(browser.find("#approval-history-empty")).isVisible();
		assertThat(row(browser, school).locator(".badge")).hasText("超编");
		browser.screenshot("refused-too-late");

		row(browser, school).locator("[name=PROFESSIONAL]").fill("3");
		row(browser, school).locator("[name=effectiveFrom]").fill(LocalDate.now().toString());
		row(browser, school).locator("[name=documentRef]").fill("测试编办〔2026〕12号");
		row(browser, school).locator("button[type=submit]").click();
		browser.page().waitForLoadState();
		assertThat(browser.find(".alert-success[role=status]")).hasText("核定编制已保存。");
		assertThat(row(browser, school).locator("td").nth(1)).hasText("3");
		assertThat(row(browser, school).locator("td").nth(4)).hasText("-1");
		assertThat(row(browser, school).locator(".badge")).hasText("缺编");
		assertThat(browser.find("#over-units")).hasText("0");
		assertThat(browser.find("#approval-history")).containsText(school + "的编制核定记录");
		assertThat(browser.find("#approval-history tbody tr")).hasCount(1);
		assertThat(browser.find("#approval-history")).containsText("测试编办〔2026〕12号");
		browser.screenshot("approved");

		BrowserSession english = chromium.open(Locale.US);
		english.signIn(officer, TestAccounts.PASSWORD);
		english.go("/establishment");
		assertThat(row(english, school).locator(".badge")).hasText("Under");
	}

}
