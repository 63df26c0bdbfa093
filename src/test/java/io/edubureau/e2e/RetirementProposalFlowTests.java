package io.edubureau.e2e;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import io.edubureau.org.DataScope;
import io.edubureau.rules.RetirementDecision;
import io.edubureau.rules.RulesManagement;
import io.edubureau.security.TestAccounts;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffStatus;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 弹性提前退休 in the browser: the school proposes, on the person's page, a day before the
 * flexible window (refused with the window) and then today, inside it; the bureau finds
 * the proposal in its queue and approves it; the person's page shows 退休.
 */
@BrowserTest
class RetirementProposalFlowTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	RulesManagement rules;

	@Test
	void schoolProposesEarlyFlexibleRetirementBureauApprovesPersonIsRetired(Chromium chromium) {
		var county = accounts.county();
		// A man who turns 60 this month: the reform's delay puts his statutory month
		// ahead, and flexible early retirement may start at his original age.
		LocalDate birth = LocalDate.now().minusYears(60).withDayOfMonth(1);
		StaffView person = accounts
			.asSystem(() -> staff.create(DataScope.all(), TestAccounts.teacher(accounts.idNumber(birth, false),
					"弹性退休" + TestAccounts.uniqueCode().substring(6), county.schoolA().code())));
		RetirementDecision decision = rules.retirement(YearMonth.from(birth), person.originalRetirementAge());
		assertThat(decision.statutoryRetirement()).isAfter(YearMonth.now());
		assertThat(decision.earliestFlexible()).isBeforeOrEqualTo(YearMonth.now());
		String school = accounts.account("SCHOOL_ADMIN", county.schoolA());
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());

		BrowserSession browser = patient(chromium.open(Locale.SIMPLIFIED_CHINESE));
		browser.signIn(school, TestAccounts.PASSWORD);
		browser.go("/staff/" + person.id());
		LocalDate tooEarly = decision.earliestFlexible().minusMonths(1).atDay(1);
		propose(browser, tooEarly);
		assertThat(browser.page().locator("body")).containsText("日期 " + tooEarly + " 超出弹性退休范围：可在 "
				+ decision.earliestFlexible() + " 至 " + decision.latestFlexible() + " 之间退休");
		LocalDate today = LocalDate.now();
		propose(browser, today);
		assertThat(browser.path()).startsWith("/staff/retirements/proposals/");
		assertThat(browser.find("#retirement-status")).hasText("已申报，待教育局审批");
		assertThat(browser.find("#retire-on")).hasText(today.toString());
		browser.screenshot("proposed");

		BrowserSession bureau = patient(chromium.open(Locale.SIMPLIFIED_CHINESE));
		bureau.signIn(officer, TestAccounts.PASSWORD);
		bureau.go("/staff/retirements/queue");
		var row = bureau.find("#retirement-queue tbody tr")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(person.name()));
		assertThat(row).hasCount(1);
		assertThat(row).containsText(decision.statutoryRetirement().toString());
		row.locator("a").click();
		bureau.page().waitForLoadState();
		bureau.find("#retirement-decide input[name=comment]").fill("同意弹性提前退休");
		bureau.find("#approve").click();
		bureau.page().waitForLoadState();
		assertThat(bureau.find("#retirement-status")).hasText("已批准");
		assertThat(bureau.find("#retirement-steps")).containsText("同意弹性提前退休");

		bureau.go("/staff/" + person.id());
		assertThat(bureau.find("h1 .badge")).hasText("退休");
		bureau.screenshot("retired");
		bureau.go("/staff/retirements/queue");
		assertThat(bureau.find("section")).not().containsText(person.name());
		assertThat(accounts.asSystem(() -> staff.get(DataScope.all(), person.id())).status())
			.isEqualTo(StaffStatus.RETIRED);
	}

	// Eight engineers share two cores: the first page after sign-in may take a while.
	private static BrowserSession patient(BrowserSession browser) {
		browser.page().setDefaultTimeout(90_000);
		return browser;
	}

	private static void propose(BrowserSession browser, LocalDate on) {
		browser.find("#retirement-proposal input[name=retireOn]").fill(on.toString());
		browser.find("#retirement-proposal input[name=contributionYears]").fill("35");
		browser.find("#retirement-proposal input[name=contributionMonths]").fill("0");
		browser.find("#retirement-proposal button[type=submit]").click();
		browser.page().waitForLoadState();
	}

}
