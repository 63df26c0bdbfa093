package io.edubureau.e2e;

import java.util.Locale;

import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in and out, refused passwords, lockout and the language switch, as a person
 * sees them in the browser. Expected texts come from the message bundles of the language
 * the page should be in.
 */
@BrowserTest
class SignInFlowTests {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	static final Locale ENGLISH = Locale.US;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MessageSource messages;

	@Value("${edubureau.security.max-failed-logins}")
	int maxFailures;

	@Value("${edubureau.security.lockout-minutes}")
	int lockoutMinutes;

	@Test
	void signsInInChineseAndSeesTheDashboardInChinese(Chromium chromium) {
		County county = accounts.county();
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		BrowserSession browser = chromium.open(CHINESE);
		browser.go("/");
		assertThat(browser.location()).startsWith("/login");
		assertThat(browser.find("h1")).hasText(text("login.title", CHINESE));
		browser.screenshot("sign-in");

		browser.signIn(officer, TestAccounts.PASSWORD);
		assertDashboard(browser, officer, CHINESE);
		assertThat(browser.find("html")).hasAttribute("lang", "zh-CN");
		browser.screenshot("dashboard");
	}

	@Test
	void signsInInEnglishAndSeesTheDashboardInEnglish(Chromium chromium) {
		County county = accounts.county();
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		BrowserSession browser = chromium.open(ENGLISH);
		browser.go("/login");
		assertThat(browser.find("h1")).hasText(text("login.title", ENGLISH));
		browser.screenshot("sign-in");

		browser.signIn(officer, TestAccounts.PASSWORD);
		assertDashboard(browser, officer, ENGLISH);
		assertThat(browser.find("html")).hasAttribute("lang", "en");
		browser.screenshot("dashboard");
	}

	@Test
	void aWrongPasswordIsRefusedWithAMessage(Chromium chromium) {
		String officer = accounts.account("BUREAU_OFFICER", accounts.county().bureau());
		BrowserSession browser = chromium.open(CHINESE);
		browser.signIn(officer, "not-" + TestAccounts.PASSWORD);
		assertThat(browser.location()).isEqualTo("/login?error");
		assertThat(browser.find("#login-error")).hasText(text("login.error", CHINESE));
		browser.screenshot("refused");

		browser.go("/");
		assertThat(browser.location()).startsWith("/login");
	}

	@Test
	void repeatedFailuresLockTheAccountEvenForTheRightPassword(Chromium chromium) {
		String officer = accounts.account("BUREAU_OFFICER", accounts.county().bureau());
		BrowserSession browser = chromium.open(ENGLISH);
		for (int attempt = 1; attempt < maxFailures; attempt++) {
			browser.signIn(officer, "wrong-" + attempt);
			assertThat(browser.find("#login-error")).hasText(text("login.error", ENGLISH));
		}
		browser.signIn(officer, "wrong-" + maxFailures);
		browser.screenshot("last-failure");

		browser.signIn(officer, TestAccounts.PASSWORD);
		assertThat(browser.location()).isEqualTo("/login?locked");
		assertThat(browser.find("#login-locked"))
			.hasText(messages.getMessage("login.locked", new Object[] { String.valueOf(lockoutMinutes) }, ENGLISH));
		browser.screenshot("locked");

		browser.go("/");
		assertThat(browser.location()).startsWith("/login");
	}

	@Test
	void signingOutEndsTheSession(Chromium chromium) {
		String officer = accounts.account("BUREAU_OFFICER", accounts.county().bureau());
		BrowserSession browser = chromium.open(CHINESE);
		browser.signIn(officer, TestAccounts.PASSWORD);
		assertThat(browser.find("#current-user")).hasText(officer);

		browser.signOut();
		assertThat(browser.location()).isEqualTo("/login?logout");
		assertThat(browser.find(".alert-info")).hasText(text("login.loggedOut", CHINESE));
		browser.screenshot("signed-out");

		browser.go("/");
		assertThat(browser.location()).startsWith("/login");
		assertThat(browser.find("#current-user")).hasCount(0);
	}

	@Test
	void theLanguageSwitchOverridesTheBrowserLanguageAndStaysOnThePage(Chromium chromium) {
		County county = accounts.county();
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		BrowserSession browser = chromium.open(ENGLISH);
		browser.go("/login");
		assertThat(browser.find("h1")).hasText(text("login.title", ENGLISH));

		browser.find("#lang-zh").click();
		assertThat(browser.find("h1")).hasText(text("login.title", CHINESE));
		assertThat(browser.location()).isEqualTo("/login");
		browser.screenshot("sign-in-switched-to-chinese");

		browser.signIn(officer, TestAccounts.PASSWORD);
		assertDashboard(browser, officer, CHINESE);
		browser.screenshot("dashboard-chinese");

		browser.find("#lang-en").click();
		assertDashboard(browser, officer, ENGLISH);
		browser.screenshot("dashboard-english");
	}

	// The dashboard of an officer of the test county: its two schools and two teaching
	// points, titles and labels in the given language.
	private void assertDashboard(BrowserSession browser, String username, Locale locale) {
		// After sign-in Spring Security returns to the saved request as "/?continue".
		assertThat(browser.path()).isEqualTo("/");
		assertThat(browser.find("h1")).hasText(text("home.title", locale));
		assertThat(browser.page()).hasTitle(text("home.title", locale));
		assertThat(browser.find(".navbar-brand")).hasText(text("app.name", locale));
		assertThat(browser.find("#current-user")).hasText(username);
		assertThat(browser.find("#count-SCHOOL")).hasText("2");
		assertThat(browser.find("#count-TEACHING_POINT")).hasText("2");
		assertThat(browser.find("main")).containsText(text("enum.UnitType.SCHOOL", locale));
		assertThat(browser.find("main")).containsText(text("home.chart.byStage", locale));
		assertThat(browser.find("#chart-stage canvas")).hasCount(1);
	}

	private String text(String key, Locale locale) {
		String text = messages.getMessage(key, null, locale);
		// Guards against a bundle falling back to the other language unnoticed.
		assertThat(text).as("%s in %s", key, locale)
			.isNotEqualTo(messages.getMessage(key, null, locale == CHINESE ? ENGLISH : CHINESE));
		return text;
	}

}
