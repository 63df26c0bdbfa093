package io.edubureau.e2e;

import java.util.Locale;

import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The Party affairs officer, in Chinese: sets up a school's branch, registers an
 * application and walks the applicant to probationary member, a development target one
 * day too early refused with the rule's reason, and on to full member on the vote's
 * anniversary (the day before refused); then records a quarter of 三会一课 and sees the
 * branch's compliance.
 */
@BrowserTest
class PartyDevelopmentFlowTests {

	@Autowired
	TestAccounts accounts;

	@Test
	void anApplicantToProbationaryMemberAndAQuarterOfMeetings(Chromium chromium) {
		County county = accounts.county();
		String officer = accounts.account("PARTY_OFFICER", county.bureau());
		BrowserSession browser = chromium.open(Locale.SIMPLIFIED_CHINESE);
		browser.signIn(officer, TestAccounts.PASSWORD);

		browser.go("/party");
		String branch = "流程测试支部" + accounts.uniqueCode();
		browser.find("#org-name").fill(branch);
		browser.find("#org-kind").selectOption("BRANCH");
		browser.find("#org-unit").fill(String.valueOf(county.schoolA().id()));
		browser.find("#organisation-form button").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#organisations-table")).containsText(branch);

		browser.go("/party/development");
		browser.find("#app-org").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(branch));
		browser.find("#app-name").fill("流程申请人");
		browser.find("#app-birth").fill("1996-05-01");
		browser.find("#app-on").fill("2024-01-10");
		browser.find("#application-form button").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#stage")).hasText("入党申请人");

		step(browser, "TALK", "2024-01-20");
		step(browser, "ACTIVIST", "2024-02-01");
		step(browser, "ASSESSMENT", "2024-08-01");
		step(browser, "ASSESSMENT", "2025-01-25");
		assertThat(browser.find("#earliest")).hasText("2025-02-01");
		step(browser, "DEVELOPMENT_TARGET", "2025-01-31");
		assertThat(browser.find("#refusals")).containsText("12个月以上培养教育和考察");
		assertThat(browser.find("#refusals")).containsText("依据：");
		assertThat(browser.find("#refusals")).not().containsText("PARTY_DEVELOPMENT");
		assertThat(browser.find("#stage")).hasText("入党积极分子");
		browser.screenshot("party-too-early");
		step(browser, "DEVELOPMENT_TARGET", "2025-02-01");
		assertThat(browser.find("#stage")).hasText("发展对象");
		step(browser, "POLITICAL_REVIEW", "2025-02-20");
		browser.find("#step-days").fill("3");
		step(browser, "TRAINING", "2025-02-25");
		browser.find("#step-until").fill("2025-03-07");
		step(browser, "PUBLIC_NOTICE", "2025-03-03");
		browser.find("#step-entitled").fill("20");
		browser.find("#step-present").fill("16");
		browser.find("#step-favour").fill("15");
		step(browser, "BRANCH_VOTE", "2025-03-10");
		step(browser, "PROBATIONARY", "2025-04-08");
		assertThat(browser.find("#stage")).hasText("预备党员");
		assertThat(browser.find("#steps-table")).containsText("上级党委审批为预备党员");
		browser.screenshot("party-probationary");
		// Conversion on the anniversary of the vote, not the day before.
		step(browser, "FULL_MEMBER", "2026-03-09");
		assertThat(browser.find("#refusals")).containsText("依据：");
		assertThat(browser.find("#stage")).hasText("预备党员");
		step(browser, "FULL_MEMBER", "2026-03-10");
		assertThat(browser.find("#stage")).hasText("正式党员");
		browser.screenshot("party-full-member");

		browser.go("/party/meetings?year=2025");
		String[][] quarter = { { "GENERAL_MEETING", "2025-03-20" }, { "LECTURE", "2025-02-18" },
				{ "COMMITTEE_MEETING", "2025-01-08" }, { "COMMITTEE_MEETING", "2025-02-10" },
				{ "COMMITTEE_MEETING", "2025-03-05" }, { "GROUP_MEETING", "2025-01-15" },
				{ "GROUP_MEETING", "2025-02-15" }, { "GROUP_MEETING", "2025-03-15" } };
		for (String[] m : quarter) {
			browser.find("#meeting-org")
				.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(branch));
			browser.find("#meeting-kind").selectOption(m[0]);
			browser.find("#meeting-held").fill(m[1]);
			browser.find("#meeting-topic").fill("学习党章");
			browser.find("#meeting-present").fill("12");
			browser.find("#meeting-save").click();
			browser.page().waitForLoadState();
		}
		browser.go("/party/meetings?year=2025");
		assertThat(browser.find("#meetings-table")).containsText("支部党员大会");
		assertThat(browser.find("#compliance-table")).containsText(branch);
		// The first quarter is met; April to December are not, and the list says which.
		assertThat(browser.find("#compliance-table")).containsText("2025-04-01至2025-06-30未召开支部党员大会");
		browser.screenshot("party-compliance");
	}

	private static void step(BrowserSession browser, String step, String date) {
		browser.find("#step").selectOption(step);
		browser.find("#step-date").fill(date);
		browser.find("#step-save").click();
		browser.page().waitForLoadState();
	}

}
