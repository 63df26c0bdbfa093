package io.edubureau.e2e;

import java.time.LocalDate;
import java.util.Locale;

import io.edubureau.org.DataScope;
import io.edubureau.security.ScopeChecks;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 13 in the browser: the school administrator opens the 办理 menu on a person's page
 * and its transfer request opens the transfer form with the person preselected; on the
 * transfers page it finds another person of its school by typing the name (never a person
 * of another school), picks the new unit by name and sends the request.
 */
@BrowserTest
class PersonActionsFlowTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Test
	void actionsMenuAndThePersonPickerOfTheTransferForm(Chromium chromium) {
		County county = accounts.county();
		String tag = TestAccounts.uniqueCode().substring(6);
		StaffView first = teacher("菜单调动" + tag, county.schoolA().code());
		StaffView second = teacher("选人调动" + tag, county.schoolA().code());
		StaffView elsewhere = teacher("选人他校" + tag, county.schoolB().code());
		BrowserSession browser = chromium.open(Locale.SIMPLIFIED_CHINESE);
		browser.page().setDefaultTimeout(90_000);
		browser.signIn(accounts.account("SCHOOL_ADMIN", county.schoolA()), TestAccounts.PASSWORD);

		// From the person's page: 办理 → 调动申请, the person already chosen.
		browser.go("/staff/" + first.id());
		browser.find("#person-actions-toggle").click();
		assertThat(browser.find("#person-actions .dropdown-menu")).containsText("调动申请");
		assertThat(browser.find("#action-direct-transfer")).hasCount(0);
		browser.screenshot("actions-menu");
		browser.find("#action-transfer-request").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#transfer-person option[selected]")).containsText(first.name());

		// From the transfers page: the picker finds the school's people by name only.
		browser.go("/staff/transfers/new");
		browser.find("#transfer-person-search").fill(tag);
		// The two people of school A with the tag, once the list typed for has come back.
		assertThat(browser.find("#transfer-person option")).hasCount(2);
		assertThat(browser.find("#transfer-person option[value='" + second.id() + "']")).hasCount(1);
		assertThat(browser.find("#transfer-person")).not().containsText(elsewhere.name());
		browser.find("#transfer-person").selectOption(String.valueOf(second.id()));
		browser.find("#transfer-to").fill("测试乙中学");
		browser.find("#transfer-on").fill(LocalDate.now().plusDays(20).toString());
		browser.find("#transfer-reason").fill("支援薄弱学校");
		browser.screenshot("transfer-form");
		browser.find("#transfer-new-submit").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("h1")).containsText(second.name());
		assertThat(browser.find("#transfer-status")).hasText("已申请，待教育局审批");
		browser.screenshot("transfer-requested");
	}

	private StaffView teacher(String name, String unitCode) {
		return accounts.asSystem(() -> staff.create(DataScope.all(),
				ScopeChecks.teacher(accounts, name, unitCode, LocalDate.of(1988, 6, 6), LocalDate.of(2012, 9, 1))));
	}

}
