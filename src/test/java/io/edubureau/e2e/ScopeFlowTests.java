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
import org.springframework.context.MessageSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.edubureau.e2e.Texts.CHINESE;
import static io.edubureau.e2e.Texts.ENGLISH;

/**
 * A school administrator guessing addresses of another school: records outside the data
 * scope answer "not found" (they are not confirmed to exist), a page the role has no
 * permission for answers "access denied"; both in the user's language.
 */
@BrowserTest
class ScopeFlowTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	MessageSource messages;

	@Test
	void anotherSchoolsPagesAreNotFoundAndUnpermittedPagesDeniedInChineseAndEnglish(Chromium chromium) {
		Texts texts = new Texts(messages);
		County county = accounts.county();
		StaffView other = accounts.asSystem(() -> staff.create(DataScope.all(), TestAccounts
			.teacher(accounts.idNumber(LocalDate.of(1983, 5, 6), false), "他校教师", county.schoolB().code())));
		StaffView own = accounts.asSystem(() -> staff.create(DataScope.all(), TestAccounts
			.teacher(accounts.idNumber(LocalDate.of(1987, 9, 10), true), "本校教师", county.schoolA().code())));
		String admin = accounts.account("SCHOOL_ADMIN", county.schoolA());

		for (Locale locale : new Locale[] { CHINESE, ENGLISH }) {
			BrowserSession browser = chromium.open(locale);
			browser.signIn(admin, TestAccounts.PASSWORD);
			String lang = locale == CHINESE ? "zh" : "en";

			// Its own school's pages open.
			browser.go("/staff/" + own.id());
			assertThat(browser.find("#person-name")).hasText(own.name());
			browser.go("/org/units/" + county.schoolA().id());
			assertThat(browser.find("#unit-name")).hasText(county.schoolA().name());

			assertNotFound(browser, texts, locale, "/staff/" + other.id());
			assertThat(browser.find("main")).not().containsText(other.name());
			browser.screenshot(lang + "-other-person-404");
			assertNotFound(browser, texts, locale, "/org/units/" + county.schoolB().id());
			assertThat(browser.find("main")).not().containsText(county.schoolB().name());
			browser.screenshot(lang + "-other-unit-404");
			assertNotFound(browser, texts, locale, "/org/units/" + county.bureau().id() + "/edit");

			// Creating units is the bureau's: the permission is missing, whatever the
			// unit.
			assertDenied(browser, texts, locale, "/org/units/new");
			browser.screenshot(lang + "-new-unit-403");
			assertDenied(browser, texts, locale, "/staff/duplicates");
		}
	}

	private static void assertNotFound(BrowserSession browser, Texts texts, Locale locale, String path) {
		org.assertj.core.api.Assertions.assertThat(browser.status(path)).as(path).isEqualTo(404);
		assertThat(browser.find("#error-status")).hasText("404");
		assertThat(browser.find("main")).containsText(texts.get("error.404.title", locale));
		assertThat(browser.find("main")).containsText(texts.get("error.404.detail", locale));
		assertThat(browser.page()).hasTitle(texts.get("error.404.title", locale));
	}

	private static void assertDenied(BrowserSession browser, Texts texts, Locale locale, String path) {
		org.assertj.core.api.Assertions.assertThat(browser.status(path)).as(path).isEqualTo(403);
		assertThat(browser.find("#error-status")).hasText("403");
		assertThat(browser.find("main")).containsText(texts.get("error.403.title", locale));
		assertThat(browser.find("main")).containsText(texts.get("error.403.detail", locale));
	}

}
