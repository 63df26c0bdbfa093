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
 * school with two teachers, no approval and no enrolment is not compared ("—"); the
 * approval is entered in the unit's labelled dialog; an approval effective more than a
 * year ahead is refused in words and changes nothing; three professional posts with their
 * document leave the school one short, within the tolerance band (持平, with the reason),
 * four leave it two short, beyond the band (缺编); the history shows the document; the
 * search finds the school by name, the balance column sorts; the English page words the
 * state.
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

	// the unit's approval dialog, opened from its row
	static Locator dialog(BrowserSession browser, String unit) {
		row(browser, unit).locator("button[data-bs-toggle=modal]").click();
		Locator dialog = browser.page().locator(".modal.show");
		assertThat(dialog).isVisible();
		return dialog;
	}

	static void approve(BrowserSession browser, String unit, String posts, String from, String document) {
		Locator dialog = dialog(browser, unit);
		assertThat(dialog.locator(".modal-title")).hasText("核定编制：" + unit);
		dialog.getByLabel("专业技术岗位").fill(posts);
		dialog.getByLabel("生效日期（不填则为今天）").fill(from);
		if (document != null) {
			dialog.getByLabel("核定文号").fill(document);
		}
		dialog.locator("button[type=submit]").click();
		browser.page().waitForLoadState();
	}

	@Test
	void anApprovalInTheUnitsDialogIsJudgedAgainstTheToleranceBand(Chromium chromium) {
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
		assertThat(browser.find("#establishment-tolerance")).containsText("±1");
		assertThat(row(browser, school).locator("td").nth(3)).hasText("2");
		assertThat(row(browser, school).locator("td").nth(2)).hasText("—");
		assertThat(row(browser, school).locator("td").nth(4)).hasText("—");
		assertThat(row(browser, school).locator(".badge")).hasText("—");
		assertThat(row(browser, school).locator(".establishment-reason")).containsText("不作比较");
		assertThat(browser.find("#over-units")).hasText("0");

		approve(browser, school, "3", LocalDate.now().plusYears(1).plusDays(1).toString(), null);
		assertThat(browser.find("#problems")).containsText("生效日期最多可提前一年，不能晚于 " + LocalDate.now().plusYears(1));
		assertThat(browser.find("#approval-history-empty")).isVisible();
		assertThat(row(browser, school).locator(".badge")).hasText("—");
		browser.screenshot("refused-too-late");

		approve(browser, school, "3", LocalDate.now().toString(), "测试编办〔2026〕12号");
		assertThat(browser.find(".alert-success[role=status]")).hasText("核定编制已保存。");
		assertThat(row(browser, school).locator("td").nth(1)).hasText("3");
		assertThat(row(browser, school).locator("td").nth(4)).hasText("-1");
		assertThat(row(browser, school).locator(".badge")).hasText("持平");
		assertThat(row(browser, school).locator(".establishment-reason")).containsText("在容差 ±1 个以内");
		assertThat(browser.find("#approval-history")).containsText(school + "的编制核定记录");
		assertThat(browser.find("#approval-history")).containsText("测试编办〔2026〕12号");

		approve(browser, school, "4", LocalDate.now().toString(), "测试编办〔2026〕13号");
		assertThat(row(browser, school).locator("td").nth(4)).hasText("-2");
		assertThat(row(browser, school).locator(".badge")).hasText("缺编");
		assertThat(row(browser, school).locator(".establishment-reason")).containsText("空缺 2 个，超过容差 1 个");
		assertThat(browser.find("#under-units")).hasText("1");
		assertThat(browser.find("#approval-history tbody tr")).hasCount(2);
		browser.screenshot("approved");

		browser.find("#establishment-q").fill(school);
		browser.find("#establishment-search button[type=submit]").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#establishment-table tbody tr")).hasCount(1);
		browser.find("#establishment-table th a[data-sort=balance]").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#establishment-table th[aria-sort=ascending] a")).hasAttribute("data-sort", "balance");
		assertThat(browser.find("#establishment-q")).hasValue(school);

		BrowserSession english = chromium.open(Locale.US);
		english.signIn(officer, TestAccounts.PASSWORD);
		english.go("/establishment");
		assertThat(row(english, school).locator(".badge")).hasText("Under");
	}

}
