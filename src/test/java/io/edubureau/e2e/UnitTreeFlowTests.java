package io.edubureau.e2e;

import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.edubureau.e2e.Texts.CHINESE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bureau officer browses the unit tree, creates a school below the township office, is
 * refused a malformed school code first, and finds the new school in the tree, the list
 * and its own page.
 */
@BrowserTest
class UnitTreeFlowTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	MessageSource messages;

	@Test
	void browsesTheTreeAndCreatesASchoolAfterABadCode(Chromium chromium) {
		Texts texts = new Texts(messages);
		Locale zh = CHINESE;
		County county = accounts.county();
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		BrowserSession browser = chromium.open(zh);
		browser.signIn(officer, TestAccounts.PASSWORD);
		browser.go("/org/units");
		assertThat(browser.find("h1")).hasText(texts.get("org.units.title", zh));
		Locator tree = browser.find("#unit-tree");
		assertThat(node(browser, county.bureau().id())).hasText(county.bureau().name());
		assertThat(node(browser, county.office().id())).isHidden();

		// Unfold the bureau, then the township office: children come from the server.
		expand(browser, texts, county.bureau().name(), zh);
		assertThat(node(browser, county.office().id())).isVisible();
		assertThat(node(browser, county.schoolB().id())).hasText(county.schoolB().name());
		expand(browser, texts, county.office().name(), zh);
		assertThat(node(browser, county.schoolA().id())).hasText(county.schoolA().name());
		assertThat(tree).not().containsText(county.pointA().name());
		browser.screenshot("tree-expanded");

		// A click on a node narrows the list to its subtree.
		node(browser, county.office().id()).click();
		assertThat(browser.find("#filter-under"))
			.hasText(texts.get("org.units.filter.under", zh, county.office().name()));
		assertThat(browser.find("#units tbody tr")).hasCount(3);
		assertThat(browser.find("#unit-" + county.schoolA().id())).containsText(county.schoolA().code());
		assertThat(browser.find("#units")).not().containsText(county.schoolB().name());
		browser.screenshot("office-subtree");

		// The new-unit form, first with a school code of 9 digits.
		browser.find("#unit-new").click();
		assertThat(browser.find("h1")).hasText(texts.get("org.unit.new", zh));
		String name = "端到端新建小学" + TestAccounts.uniqueCode().substring(6);
		browser.find("#code").fill("360721012");
		browser.find("#name").fill(name);
		browser.find("#type").selectOption("SCHOOL");
		browser.find("#parentCode").fill(county.office().code());
		browser.page()
			.getByLabel(texts.get("enum.Stage.PRIMARY", zh), new Page.GetByLabelOptions().setExact(true))
			.check();
		browser.find("#unit-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#form-errors")).containsText(texts.get("org.unit.form.invalid", zh));
		assertThat(browser.find("#code")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
		assertThat(browser.find("#code ~ .invalid-feedback")).hasText(texts.get("org.unit.code.pattern", zh));
		// What was typed stays in the form.
		assertThat(browser.find("#name")).hasValue(name);
		assertThat(browser.find("#parentCode")).hasValue(county.office().code());
		browser.screenshot("bad-code-refused");

		String code = TestAccounts.uniqueCode();
		browser.find("#code").fill(code);
		browser.find("#unit-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.path()).matches("/org/units/\\d+");
		long id = Long.parseLong(browser.path().substring("/org/units/".length()));
		assertThat(browser.find("[role=status]")).hasText(texts.get("org.unit.created", zh));
		assertThat(browser.find("#unit-name")).hasText(name);
		assertThat(browser.find("#unit-fields")).containsText(code);
		assertThat(browser.find("#unit-fields")).containsText(texts.get("enum.UnitType.SCHOOL", zh));
		assertThat(browser.find("#unit-fields"))
			.containsText(county.office().name() + " (" + county.office().code() + ")");
		assertThat(browser.find("#unit-stages")).hasText(texts.get("enum.Stage.PRIMARY", zh));
		assertThat(browser.find("#unit-breadcrumbs")).containsText(county.bureau().name());
		assertThat(browser.find("#unit-breadcrumbs")).containsText(county.office().name());
		browser.screenshot("school-created");

		// Back on the tree: the school sits below the township office, beside school A.
		browser.go("/org/units");
		expand(browser, texts, county.bureau().name(), zh);
		expand(browser, texts, county.office().name(), zh);
		assertThat(node(browser, id)).hasText(name);
		assertThat(browser.find("#unit-tree li:has(> a[data-unit-id='" + county.office().id() + "']) > ul > li"))
			.hasCount(2);
		browser.find("#filter-q").fill(name);
		browser.find("#unit-filters button[type=submit]").click();
		assertThat(browser.find("#units tbody tr")).hasCount(1);
		Locator row = browser.find("#unit-" + id);
		assertThat(row).containsText(code);
		assertThat(row).containsText(county.office().code());
		assertThat(row).containsText(texts.get("enum.UnitStatus.ACTIVE", zh));
		browser.screenshot("school-in-tree-and-list");

		row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).click();
		browser.page().waitForLoadState();
		assertThat(browser.location()).isEqualTo("/org/units/" + id);
		assertThat(browser.find("#unit-name")).hasText(name);
	}

	private static Locator node(BrowserSession browser, long unitId) {
		return browser.find("#unit-tree a[data-unit-id='" + unitId + "']");
	}

	private static void expand(BrowserSession browser, Texts texts, String unitName, Locale locale) {
		Locator toggle = browser.page()
			.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName(texts.get("org.units.tree.expand", locale, unitName))
						.setExact(true));
		toggle.click();
		assertThat(toggle).hasAttribute("aria-expanded", "true");
	}

}
