package io.edubureau.e2e;

import java.time.LocalDate;
import java.util.List;
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
 * The Party affairs officer, in Chinese, on /party/elections: places four members in a
 * new branch, is refused a ballot counting more entitled to vote than the branch has,
 * then records the ballot and sees those elected, the committee and its secretary.
 */
@BrowserTest
class PartyElectionFlowTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Test
	void aBranchElectsItsCommittee(Chromium chromium) {
		County county = accounts.county();
		String tag = TestAccounts.uniqueCode().substring(6);
		List<String> names = List.of("甲" + tag, "乙" + tag, "丙" + tag, "丁" + tag);
		for (int i = 0; i < names.size(); i++) {
			LocalDate birth = LocalDate.of(1980 + i, 4, 5);
			String name = names.get(i);
			accounts.asSystem(() -> staff.create(DataScope.all(),
					TestAccounts.teacher(accounts.idNumber(birth, false), name, county.schoolA().code())
						.toBuilder()
						.politicalStatus(PoliticalStatus.PARTY_MEMBER)
						.partyJoinDate(LocalDate.of(2010, 7, 1))
						.build()));
		}
		BrowserSession browser = chromium.open(Locale.SIMPLIFIED_CHINESE);
		browser.signIn(accounts.account("PARTY_OFFICER", county.bureau()), TestAccounts.PASSWORD);
		String branch = "选举支部" + tag;
		browser.go("/party");
		browser.find("#org-name").fill(branch);
		browser.find("#org-kind").selectOption("BRANCH");
		browser.find("#org-unit").fill(String.valueOf(county.schoolA().id()));
		browser.find("#organisation-form button").click();
		browser.page().waitForLoadState();
		browser.go("/party/memberships");
		browser.find("#membership-seed").click();
		browser.page().waitForLoadState();

		browser.go("/party/elections");
		browser.find("select[name=organisationId]").selectOption(new SelectOption().setLabel(branch));
		browser.find("form[method=get]:has(select[name=organisationId]) button").click();
		browser.page().waitForLoadState();
		fill(browser, names, "5");
		browser.find("#record-election").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#problems")).containsText("应到会有选举权的5人多于本支部");

		fill(browser, names, "4");
		browser.find("#record-election").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#notice")).isVisible();
		assertThat(browser.find(".election .committee")).containsText("书记：" + names.get(0));
		assertThat(browser.find(".election tr:has-text('" + names.get(1) + "')")).containsText("当选");
		assertThat(browser.find(".election tr:has-text('" + names.get(3) + "')")).not().containsText("当选");
		// The committee waits for the bureau's 党委 (基层组织选举工作条例: 报上级党组织批准).
		assertThat(browser.find(".election .approval")).containsText("待上级党组织批复");
		browser.screenshot("party-election");
	}

	// Three seats, four candidates (4, 3, 3 and 1 of 4 present): three elected.
	private static void fill(BrowserSession browser, List<String> names, String entitled) {
		browser.find("#el-term").fill("3");
		browser.find("#el-seats").fill("3");
		browser.find("#el-entitled").fill(entitled);
		browser.find("#el-present").fill("4");
		int[] votes = { 4, 3, 3, 1 };
		for (int i = 0; i < names.size(); i++) {
			browser.find("select[name=candidate" + i + "]").selectOption(new SelectOption().setLabel(names.get(i)));
			browser.find("input[name=votes" + i + "]").fill(String.valueOf(votes[i]));
		}
		browser.find("#el-secretary").selectOption(new SelectOption().setLabel(names.get(0)));
	}

}
