package io.edubureau.e2e;

import java.time.LocalDate;
import java.util.Locale;

import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The student register in the browser, in Chinese: a pupil of compulsory age drops out,
 * which opens a dropout control case (控辍保学) with the three responsible persons; a
 * follow-up is recorded and the return to school closes the case as 劝返复学. Then the school
 * asks to transfer the pupil to another school, that school accepts, and the record shows
 * the new school with the transfer and the earlier events kept.
 */
@BrowserTest
class StudentCaseAndTransferFlowTests {

	@Autowired
	TestAccounts accounts;

	@Test
	void dropoutCaseFromOpeningToReturnThenATransferAccepted(Chromium chromium) {
		County county = accounts.county();
		String schoolA = accounts.account("SCHOOL_ADMIN", county.schoolA());
		String schoolB = accounts.account("SCHOOL_ADMIN", county.schoolB());
		LocalDate today = LocalDate.now();
		BrowserSession browser = chromium.open(Locale.SIMPLIFIED_CHINESE);
		browser.signIn(schoolA, TestAccounts.PASSWORD);

		browser.go("/students");
		browser.find("#idNumber").fill(accounts.idNumber(today.minusYears(10).withDayOfMonth(3), false));
		browser.find("#name").fill("辍学返校生");
		browser.find("#unitId").selectOption(String.valueOf(county.schoolA().id()));
		browser.find("#stage").selectOption("PRIMARY");
		browser.find("#grade").fill("4");
		browser.find("#entryDate").fill(today.minusYears(3).withMonth(9).withDayOfMonth(1).toString());
		browser.find("#household").selectOption("RURAL");
		browser.find("#student-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("h1")).containsText("辍学返校生");
		String student = browser.path();

		// The dropout of a ten-year-old opens a case with the three responsible persons.
		browser.find("#event-kind").selectOption("DROPOUT");
		browser.find("#event-on").fill(today.toString());
		browser.find("#event-head").fill("王校长");
		browser.find("#event-township").fill("李乡长");
		browser.find("#event-village").fill("张主任");
		browser.find("#event-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("h1 small")).hasText("辍学");
		browser.find("#student-cases a").first().click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#case-state")).hasText("劝返中");
		assertThat(browser.find("#case-record")).containsText("李乡长");
		String caseUrl = browser.path();

		browser.find("#action-form input[name=on]").fill(today.toString());
		browser.find("#action-form input[name=action]").fill("入户劝返，家长同意送回学校");
		browser.find("#action-form input[name=byPerson]").fill("张主任");
		browser.find("#action-form button").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#case-actions")).containsText("入户劝返");

		// The return to school closes the case as 劝返复学.
		browser.go(student);
		browser.find("#event-kind").selectOption("RETURN");
		browser.find("#event-on").fill(today.toString());
		browser.find("#event-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("h1 small")).hasText("在校");
		browser.go(caseUrl);
		assertThat(browser.find("#case-state")).hasText("劝返复学");
		browser.screenshot("case-closed");

		// A transfer to the other school's teaching point: requested here, accepted
		// there.
		browser.go(student);
		browser.find("#transfer-to").selectOption(String.valueOf(county.pointB().id()));
		browser.find("#transfer-on").fill(today.toString());
		browser.find("#transfer-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#student-transfers")).containsText("待接收");
		browser.signOut();

		browser.signIn(schoolB, TestAccounts.PASSWORD);
		browser.go("/students/transfers");
		var row = browser.find("#transfers-table tr")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("辍学返校生"));
		row.locator("input[name=className]").fill("2班");
		row.locator("button[value=true]").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#transfers-table")).containsText("已接收");

		browser.go(student);
		assertThat(browser.find("#student-unit")).hasText(county.pointB().name());
		assertThat(browser.find("#student-transfers")).containsText("已接收");
		assertThat(browser.find("#student-events")).containsText("辍学");
		assertThat(browser.find("#student-events")).containsText("复学");
		browser.screenshot("transferred");
	}

}
