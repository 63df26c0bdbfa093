package io.edubureau.e2e;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import io.edubureau.rules.RetirementDecision;
import io.edubureau.rules.RulesManagement;
import io.edubureau.security.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checking a retirement date with its reasons, as a signed-in teacher does on /rules: a
 * birth month and original age in, the statutory month and the reasons (each naming its
 * rule and source) out, at the first affected birth month of the women's 55 band and the
 * month before it.
 */
@BrowserTest
class RetirementCheckFlowTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	RulesManagement rules;

	@Test
	void checksARetirementDateWithItsReasonsInChinese(Chromium chromium) {
		BrowserSession browser = signedIn(chromium, Locale.SIMPLIFIED_CHINESE);
		check(browser, YearMonth.of(1970, 1), 55, Locale.SIMPLIFIED_CHINESE);
		browser.screenshot("first-affected-month");
		check(browser, YearMonth.of(1969, 12), 55, Locale.SIMPLIFIED_CHINESE);
		browser.screenshot("month-before");
	}

	@Test
	void checksARetirementDateWithItsReasonsInEnglish(Chromium chromium) {
		BrowserSession browser = signedIn(chromium, Locale.US);
		check(browser, YearMonth.of(1966, 6), 60, Locale.US);
		browser.screenshot("men-60");
	}

	private BrowserSession signedIn(Chromium chromium, Locale locale) {
		String teacher = accounts.account("TEACHER", accounts.county().schoolA());
		BrowserSession browser = chromium.open(locale);
		browser.signIn(teacher, TestAccounts.PASSWORD);
		browser.go("/rules");
		assertThat(browser.location()).startsWith("/rules");
		return browser;
	}

	private void check(BrowserSession browser, YearMonth birth, int originalAge, Locale locale) {
		browser.find("#birth").fill(birth.toString());
		browser.find("#originalAge").selectOption(String.valueOf(originalAge));
		browser.find("form[action$='/rules'] button[type=submit]").first().click();
		browser.page().waitForLoadState();
		RetirementDecision expected = rules.retirement(birth, originalAge);
		assertThat(browser.find("#statutory-retirement")).hasText(expected.statutoryRetirement().toString());
		List<String> reasons = rules.explain(expected.reasons(), locale);
		assertThat(browser.find("#retirement-reasons li")).hasText(reasons.toArray(String[]::new));
		assertThat(browser.find("#retirement-reasons li").first())
			.containsText("zh".equals(locale.getLanguage()) ? "（依据：" : "[RETIREMENT_AGE:");
	}

}
