package io.edubureau.e2e;

import java.time.LocalDate;
import java.util.Locale;

import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The bureau's home page lists what is overdue, in Chinese: a hazard whose rectification
 * deadline passed and a petition never decided within its 15 days, each counted and
 * linked to its page; the school of another county sees neither.
 */
@BrowserTest
class HomeOverdueListsFlowTests {

	@Autowired
	TestAccounts accounts;

	@Test
	void anOverdueHazardAndAnOverduePetitionWaitOnTheBureausHomePage(Chromium chromium) {
		County county = accounts.county();
		BrowserSession browser = chromium.open(Locale.SIMPLIFIED_CHINESE);
		browser.signIn(accounts.account("BUREAU_OFFICER", county.bureau()), TestAccounts.PASSWORD);
		LocalDate today = LocalDate.now();

		// A fire inspection 20 days ago found a hazard due 10 days ago.
		browser.go("/safety?kind=FIRE");
		browser.find("#unitId").selectOption(String.valueOf(county.schoolA().id()));
		browser.find("#inspectedOn").fill(today.minusDays(20).toString());
		browser.find("#inspector").fill("安全办张老师");
		browser.find("#fail-fire\\.extinguishers").check();
		browser.find("#note-fire\\.extinguishers").fill("三楼灭火器过期");
		browser.find("#inspection-save").click();
		browser.page().waitForLoadState();
		browser.find("#description").fill("三楼灭火器过期未更换");
		browser.find("#responsiblePerson").fill("李总务");
		browser.find("#deadline").fill(today.minusDays(10).toString());
		browser.find("#hazard-save").click();
		browser.page().waitForLoadState();

		// A petition received 40 days ago and never decided: past its 15 days.
		browser.go("/petitions");
		browser.find("#unitId").selectOption(String.valueOf(county.schoolA().id()));
		browser.find("#receivedOn").fill(today.minusDays(40).toString());
		browser.find("#subject").fill("食堂饭菜价格过高");
		browser.find("#petitionerName").fill("赵强");
		browser.find("#matter").fill("学校食堂饭菜价格过高。");
		browser.find("#register-save").click();
		browser.page().waitForLoadState();

		browser.go("/");
		assertThat(browser.find("#task-count-hazardsOverdue")).hasText("1");
		assertThat(browser.find("#task-hazardsOverdue")).containsText("三楼灭火器过期未更换");
		assertThat(browser.find("#task-hazardsOverdue")).containsText(today.minusDays(10).toString());
		assertThat(browser.find("#task-count-petitionsOverdue")).hasText("1");
		assertThat(browser.find("#task-petitionsOverdue")).containsText("食堂饭菜价格过高");
		browser.screenshot("home-overdue");
		browser.find("#task-hazardsOverdue li a").first().click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#hazard-overdue")).isVisible();

		// Another county's school sees none of it.
		County other = accounts.county();
		BrowserSession school = chromium.open(Locale.SIMPLIFIED_CHINESE);
		school.signIn(accounts.account("SCHOOL_ADMIN", other.schoolA()), TestAccounts.PASSWORD);
		school.go("/");
		assertThat(school.page().locator("body")).not().containsText("三楼灭火器过期未更换");
		assertThat(school.page().locator("body")).not().containsText("食堂饭菜价格过高");
	}

}
