package io.edubureau.e2e;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.edubureau.org.DataScope;
import io.edubureau.rules.RulesManagement;
import io.edubureau.security.TestAccounts;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import io.edubureau.staff.TitleLevel;
import io.edubureau.titles.TitleDecision;
import io.edubureau.titles.TitlesManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A teacher checks their own title eligibility on /titles/eligibility and reads why: the
 * outcome and one line per criterion, each naming its rule, as the rule decides it; a
 * level not above their own is refused with the reason.
 */
@BrowserTest
class TitleEligibilityFlowTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	TitlesManagement titles;

	@Autowired
	RulesManagement rules;

	@Test
	void aTeacherReadsWhyTheyAreOrAreNotEligible(Chromium chromium) {
		check(chromium, Locale.SIMPLIFIED_CHINESE, "zh");
	}

	@Test
	void theSameInEnglish(Chromium chromium) {
		check(chromium, Locale.US, "en");
	}

	private void check(Chromium chromium, Locale locale, String shot) {
		var county = accounts.county();
		StaffView person = accounts.asSystem(() -> staff.create(DataScope.all(), TestAccounts
			.teacher(accounts.idNumber(LocalDate.of(1985, 4, 9), true), "职称自查" + shot, county.schoolA().code())));
		String teacher = accounts.account("TEACHER", county.schoolA(), person.id());
		BrowserSession browser = chromium.open(locale);
		browser.signIn(teacher, TestAccounts.PASSWORD);
		browser.go("/titles/eligibility");
		browser.find("#target").selectOption(TitleLevel.FIRST.name());
		browser.find("#eligibility-form button[type=submit]").click();
		browser.page().waitForLoadState();

		TitleDecision expected = titles.eligibility(DataScope.all(), person.id(), TitleLevel.FIRST);
		List<String> reasons = expected.criteria().stream().map(c -> rules.explain(c.reason(), locale)).toList();
		assertThat(reasons).isNotEmpty();
		assertThat(browser.find("#eligibility-reasons li")).hasCount(reasons.size());
		for (int i = 0; i < reasons.size(); i++) {
			assertThat(browser.find("#eligibility-reasons li").nth(i)).containsText(reasons.get(i));
		}
		assertThat(browser.find("#eligibility-result .alert"))
			.hasClass(java.util.regex.Pattern.compile(expected.eligible() ? "alert-success" : "alert-warning"));
		assertThat(browser.find("#eligibility-reasons"))
			.containsText("zh".equals(locale.getLanguage()) ? "（依据：人社部发〔2015〕79号" : "[TITLE_PATHS:");
		browser.screenshot("first-grade-" + shot);

		browser.find("#target").selectOption(TitleLevel.SECOND.name());
		browser.find("#eligibility-form button[type=submit]").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#eligibility-problems")).isVisible();
		assertThat(browser.find("#eligibility-result")).hasCount(0);
		browser.screenshot("not-above-current-" + shot);
	}

}
