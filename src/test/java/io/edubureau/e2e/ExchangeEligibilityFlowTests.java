package io.edubureau.e2e;

import java.time.LocalDate;
import java.util.Locale;

import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A teacher's exchange eligibility, in Chinese, as the bureau officer checks it: ten
 * years at one school make the teacher due for exchange with the reason in words; an
 * exemption without its case or reason is refused; the serious illness recorded exempts
 * the teacher with the period and reason; the English page words the decision.
 */
@BrowserTest
class ExchangeEligibilityFlowTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Test
	void tenYearsAtOneSchoolAreDueUntilAnExemptionIsRecorded(Chromium chromium) {
		County county = accounts.county();
		LocalDate hired = LocalDate.now().minusYears(10);
		StaffView teacher = accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts.teacher(accounts.idNumber(LocalDate.of(1986, 1, 2), true), "刘十年", county.schoolA().code())
					.toBuilder()
					.hireDate(hired)
					.build()));
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		BrowserSession browser = chromium.open(Locale.SIMPLIFIED_CHINESE);
		browser.signIn(officer, TestAccounts.PASSWORD);

		browser.go("/");
		browser.find("#nav-career").click();
		browser.find("#nav-exchange").click();
		browser.page().waitForLoadState();
		browser.find("#staffId").fill(Long.toString(teacher.id()));
		browser.find("#person-lookup button[type=submit]").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("h1")).hasText("刘十年的交流轮岗");
		assertThat(browser.find("#eligibility-decision")).hasText("截至 " + LocalDate.now() + "：应当交流");
		assertThat(browser.find("#eligibility")).containsText("自 " + hired + " 起在本校任教");
		assertThat(browser.find("#eligibility")).containsText("应当交流");
		assertThat(browser.find("#eligibility")).not().containsText("EXCHANGE_");
		assertThat(browser.find("#postings-empty")).isVisible();
		browser.screenshot("due");

		// Neither the case nor the reason: refused in words, nothing recorded.
		browser.find("#exemption-form button[type=submit]").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#problems")).containsText("请选择免于交流的情形");
		assertThat(browser.find("#problems")).containsText("请填写理由（不超过 300 字）");
		assertThat(browser.find("#exemptions-table")).hasCount(0);
		assertThat(browser.find("#eligibility-decision")).containsText("应当交流");

		LocalDate from = LocalDate.now().minusDays(1);
		LocalDate to = LocalDate.now().plusDays(180);
		browser.find("#kind").selectOption("SERIOUS_ILLNESS");
		browser.find("#from").fill(from.toString());
		browser.find("#to").fill(to.toString());
		browser.find("#note").fill("术后康复");
		browser.find("#exemption-form button[type=submit]").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#exemptions-table tbody tr")).hasCount(1);
		assertThat(browser.find("#eligibility-decision")).hasText("截至 " + LocalDate.now() + "：不在应交流之列");
		assertThat(browser.find("#eligibility")).containsText("免于交流：重病，自 " + from + " 至 " + to + "（术后康复）");
		browser.screenshot("exempt");

		// After the exemption ends the teacher is due again.
		browser.go("/exchange/people/" + teacher.id() + "?on=" + to.plusDays(1));
		assertThat(browser.find("#eligibility-decision")).containsText("应当交流");

		BrowserSession english = chromium.open(Locale.US);
		english.signIn(officer, TestAccounts.PASSWORD);
		english.go("/exchange/people/" + teacher.id());
		assertThat(english.find("#eligibility-decision")).hasText("On " + LocalDate.now() + ": not to be exchanged");
	}

}
