package io.edubureau.e2e;

import java.time.LocalDate;
import java.util.Locale;

import com.microsoft.playwright.options.SelectOption;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.PoliticalStatus;
import io.edubureau.staff.StaffManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The Party affairs officer, in Chinese: places a school's members in its branch by unit,
 * transfers one out to another school's branch with the letter, is refused a receipt the
 * day before the day out, confirms it on the day out and sees the member on the other
 * branch's roster; then receives a retired member who is not staff from outside.
 */
@BrowserTest
class PartyTransferFlowTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Test
	void aMemberTransferredOutAndIn(Chromium chromium) {
		County county = accounts.county();
		String tag = TestAccounts.uniqueCode().substring(6);
		String name = "转接人" + tag;
		LocalDate birth = LocalDate.of(1988, 3, 3);
		accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts.teacher(accounts.idNumber(birth, false), name, county.schoolA().code())
					.toBuilder()
					.politicalStatus(PoliticalStatus.PARTY_MEMBER)
					.partyJoinDate(LocalDate.of(2015, 7, 1))
					.build()));
		String officer = accounts.account("PARTY_OFFICER", county.bureau());
		BrowserSession browser = chromium.open(Locale.SIMPLIFIED_CHINESE);
		browser.signIn(officer, TestAccounts.PASSWORD);
		String branchA = branch(browser, "甲校支部" + tag, county.schoolA().id());
		String branchB = branch(browser, "乙校支部" + tag, county.schoolB().id());

		browser.go("/party/memberships");
		browser.find("#membership-seed").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#seeded")).containsText("编入党支部");
		assertThat(browser.find("#roster-table")).containsText(name);

		browser.find("#out-member").selectOption(new SelectOption().setLabel(name + "（" + branchA + "）"));
		browser.find("#out-to").selectOption(new SelectOption().setLabel(branchB));
		browser.find("#out-letter").fill("党组转字〔2026〕8号");
		browser.find("#out-letter-date").fill("2026-05-06");
		browser.find("#out-on").fill("2026-05-06");
		browser.find("#transfer-out-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#transfers-table")).containsText("待接收");
		// Out of A on the day out and not yet received by B: on no branch's roster today.
		assertThat(browser.find("#roster-summary")).containsText("在册党员：0名");

		browser.find("#transfers-table tr:has-text('" + name + "') input[name=receivedOn]").fill("2026-05-05");
		browser.find("#transfers-table tr:has-text('" + name + "') .confirm-transfer").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#problems")).containsText("接收日期2026-05-05早于转出日期2026-05-06");
		browser.screenshot("party-transfer-refused");
		browser.find("#transfers-table tr:has-text('" + name + "') input[name=receivedOn]").fill("2026-05-06");
		browser.find("#transfers-table tr:has-text('" + name + "') .confirm-transfer").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#transfers-table")).containsText("已办结");
		assertThat(browser.find("#roster-table tr:has-text('" + name + "')")).containsText(branchB);
		assertThat(browser.find("#roster-table tr:has-text('" + name + "')")).containsText("转入");
		browser.go("/party/memberships?on=2026-05-05");
		assertThat(browser.find("#roster-table tr:has-text('" + name + "')")).containsText(branchA);

		browser.go("/party/memberships");
		browser.find("#in-branch").selectOption(new SelectOption().setLabel(branchB));
		browser.find("#in-name").fill("老党员" + tag);
		browser.find("#in-birth").fill("1950-01-02");
		browser.find("#in-retired").check();
		browser.find("#in-outside").fill("市第二中学党总支");
		browser.find("#in-letter").fill("市教党转字〔2026〕5号");
		browser.find("#in-letter-date").fill("2026-06-01");
		browser.find("#in-received").fill("2026-06-03");
		browser.find("#transfer-in-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#roster-table tr:has-text('老党员" + tag + "')")).containsText("非在编人员");
		assertThat(browser.find("#transfers-table")).containsText("市第二中学党总支");
		assertThat(browser.page().locator("section")).not().containsText("TRANSFER_IN");
		browser.screenshot("party-transfer-in");
	}

	private static String branch(BrowserSession browser, String name, long unitId) {
		browser.go("/party");
		browser.find("#org-name").fill(name);
		browser.find("#org-kind").selectOption("BRANCH");
		browser.find("#org-unit").fill(String.valueOf(unitId));
		browser.find("#organisation-form button").click();
		browser.page().waitForLoadState();
		return name;
	}

}
