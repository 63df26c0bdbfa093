package io.edubureau.e2e;

import java.time.LocalDate;
import java.util.Locale;

import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A construction project from approval to the final account, in Chinese, as the bureau
 * officer does it: approved with its budget by source, no payment before the tender, a
 * payment past the budget refused with the sums, the approved budget change, then paid,
 * built, accepted and settled (a final account below what was paid refused); the history
 * keeps every step, and the English page words the stage.
 */
@BrowserTest
class FacilitiesProjectFlowTests {

	@Autowired
	TestAccounts accounts;

	@Test
	void aProjectIsPaidWithinItsBudgetUntilAnApprovedChangeAndSettled(Chromium chromium) {
		County county = accounts.county();
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		BrowserSession browser = chromium.open(Locale.SIMPLIFIED_CHINESE);
		browser.signIn(officer, TestAccounts.PASSWORD);
		String today = LocalDate.now().toString();

		browser.go("/facilities");
		browser.find("#p-unit").selectOption(String.valueOf(county.schoolA().id()));
		browser.find("#p-name").fill("测试甲小学教学楼改扩建");
		browser.find("#p-kind").selectOption("EXPANSION");
		browser.find("#p-area").fill("1200");
		browser.find("#p-central").fill("100000");
		browser.find("#p-county").fill("50000.00");
		browser.find("#p-approved").fill(today);
		browser.find("#p-planned").fill(LocalDate.now().plusYears(1).toString());
		browser.screenshot("new-project");
		browser.find("#project-form button[type=submit]").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#project-status")).hasText("立项");
		assertThat(browser.find("#project-budget")).hasText("150,000.00");
		// Nothing is paid before the tender.
		assertThat(browser.find("#payment-form")).hasCount(0);
		String projectPath = browser.path();

		browser.find("#s-contractor").fill("县第二建筑公司");
		browser.find("#stage-form button[type=submit]").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#project-status")).hasText("招标");
		assertThat(browser.find("#project-summary")).containsText("县第二建筑公司");

		// Money with a third decimal is refused in words, and nothing is paid.
		browser.find("#pay-amount").fill("100.005");
		browser.find("#payment-form button[type=submit]").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#problems")).containsText("金额应在0至1000亿元之间");
		assertThat(browser.find("#project-paid")).hasText("0.00");

		browser.find("#pay-amount").fill("120000");
		browser.find("#pay-note").fill("首期工程款");
		browser.find("#payment-form button[type=submit]").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#project-paid")).hasText("120,000.00");

		// Past the budget: refused with the sums until an approved change raises it.
		browser.find("#pay-amount").fill("40000");
		browser.find("#payment-form button[type=submit]").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#problems")).containsText("不予支付：支付40000.00元后累计支付将超过预算（已付120000.00元，预算150000.00元）");
		assertThat(browser.find("#project-paid")).hasText("120,000.00");
		browser.screenshot("overspend-refused");

		browser.find("#c-amount").fill("20000");
		browser.find("#c-by").fill("县财政局");
		browser.find("#c-note").fill("增加消防设施");
		browser.find("#change-form button[type=submit]").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#project-budget")).hasText("170,000.00");
		browser.find("#pay-amount").fill("40000");
		browser.find("#payment-form button[type=submit]").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#notice")).hasText("已保存。");
		assertThat(browser.find("#project-paid")).hasText("160,000.00");
		assertThat(browser.find("#project-payments tbody tr")).hasCount(2);

		browser.find("#stage-form button[type=submit]").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#project-status")).hasText("在建");
		browser.find("#stage-form button[type=submit]").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#project-status")).hasText("竣工验收");
		assertThat(browser.find("#project-summary")).containsText("100%");

		// The final account is at least what was paid.
		browser.find("#s-final").fill("150000");
		browser.find("#stage-form button[type=submit]").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#problems")).containsText("决算金额150000.00元应不少于已支付金额（160000.00元）且不超过预算（170000.00元）");
		assertThat(browser.find("#project-status")).hasText("竣工验收");
		browser.find("#s-final").fill("165000");
		browser.find("#stage-form button[type=submit]").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#project-status")).hasText("决算");
		assertThat(browser.find("#project-summary")).containsText("165,000.00");
		assertThat(browser.find("#stage-form")).hasCount(0);
		assertThat(browser.find("#payment-form")).hasCount(0);
		assertThat(browser.find("#change-form")).hasCount(0);
		// approved, tendered, the budget change, under construction, accepted, settled
		assertThat(browser.find("#project-history tr")).hasCount(6);
		assertThat(browser.find("#project-history")).containsText("县财政局：增加消防设施");
		browser.screenshot("settled");

		// The list shows the project settled; the English page words the stage.
		browser.go("/facilities?status=SETTLED");
		assertThat(browser.find("#project-table")).containsText("测试甲小学教学楼改扩建");
		BrowserSession english = chromium.open(Locale.US);
		english.signIn(officer, TestAccounts.PASSWORD);
		english.go(projectPath);
		assertThat(english.find("#project-status")).hasText("Settled (final account)");
	}

}
