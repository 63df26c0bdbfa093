package io.edubureau.e2e;

import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import io.edubureau.org.DataScope;
import io.edubureau.platform.Masking;
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
 * Searching staff by a fragment of the name and a unit: an inspector (no
 * staff:sensitive:read) sees identity numbers masked, the school administrator sees them
 * in full and cannot search another school's unit.
 */
@BrowserTest
class StaffSearchFlowTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	MessageSource messages;

	@Test
	void searchesByNameFragmentAndUnitWithIdentityNumbersMaskedOnlyForTheInspector(Chromium chromium) {
		Texts texts = new Texts(messages);
		County county = accounts.county();
		String tag = TestAccounts.uniqueCode().substring(1);
		StaffView wangA = create("王" + tag + "明", LocalDate.of(1984, 2, 9), false, county.schoolA().code());
		StaffView wangPoint = create("王" + tag + "红", LocalDate.of(1991, 7, 1), true, county.pointA().code());
		StaffView liB = create("李" + tag + "强", LocalDate.of(1978, 12, 24), false, county.schoolB().code());

		// The inspector, in English: every unit, identity numbers masked.
		String inspector = accounts.account("INSPECTOR", null);
		BrowserSession browser = chromium.open(ENGLISH);
		browser.signIn(inspector, TestAccounts.PASSWORD);
		search(browser, tag, null);
		Locator rows = browser.find("#staff-table tbody tr");
		assertThat(rows).hasCount(3);
		assertThat(browser.find("#staff-table thead")).containsText(texts.get("staff.field.idNumber", ENGLISH));
		for (StaffView p : new StaffView[] { wangA, wangPoint, liB }) {
			Locator row = row(browser, p);
			assertThat(row).containsText(Masking.idNumber(p.idNumber()));
			assertThat(row).not().containsText(p.idNumber());
		}
		assertThat(row(browser, wangA).locator("td.font-monospace")).hasText(masked(wangA));
		browser.screenshot("inspector-all-masked");

		// "王" plus the tag within school A: the school and its teaching point, not school
		// B.
		search(browser, "王" + tag, county.schoolA().code());
		assertThat(rows).hasCount(2);
		assertThat(row(browser, wangA)).containsText(county.schoolA().name());
		assertThat(row(browser, wangPoint)).containsText(county.pointA().name());
		assertThat(row(browser, wangPoint)).containsText(texts.get("enum.Sex.FEMALE", ENGLISH));
		// The birth month only beside a masked number (its hidden digits are the birth
		// date).
		assertThat(row(browser, wangPoint)).containsText("1991-07");
		assertThat(row(browser, wangPoint)).not().containsText("1991-07-01");
		assertThat(browser.find("#staff-table")).not().containsText(liB.name());
		assertThat(browser.find("#staff-filter input[name=unit]")).hasValue(county.schoolA().code());
		browser.screenshot("inspector-name-and-unit");

		// The person's page masks it too.
		row(browser, wangA).getByText(wangA.name()).click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#person-name")).hasText(wangA.name());
		assertThat(browser.find("#person-id-number")).hasText(Masking.idNumber(wangA.idNumber()));
		browser.screenshot("inspector-person-masked");

		// School A's administrator, in Chinese: full numbers, school A's subtree only.
		String admin = accounts.account("SCHOOL_ADMIN", county.schoolA());
		BrowserSession school = chromium.open(CHINESE);
		school.signIn(admin, TestAccounts.PASSWORD);
		search(school, tag, null);
		Locator own = school.find("#staff-table tbody tr");
		assertThat(own).hasCount(2);
		assertThat(row(school, wangA).locator("td.font-monospace")).hasText(wangA.idNumber());
		assertThat(row(school, wangPoint).locator("td.font-monospace")).hasText(wangPoint.idNumber());
		assertThat(school.find("#staff-table")).not().containsText(liB.name());
		school.screenshot("school-admin-full-numbers");

		search(school, "王" + tag, county.pointA().code());
		assertThat(own).hasCount(1);
		assertThat(row(school, wangPoint)).containsText(wangPoint.idNumber());

		// School B's code is outside the administrator's scope: said so, nobody listed.
		search(school, tag, county.schoolB().code());
		assertThat(school.find("#results .alert-danger"))
			.hasText(texts.get("staff.unitCode.unknown", CHINESE, county.schoolB().code()));
		assertThat(school.find("#staff-table")).hasCount(0);
		school.screenshot("school-admin-other-unit-refused");
	}

	private StaffView create(String name, LocalDate birth, boolean female, String unitCode) {
		return accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts.teacher(accounts.idNumber(birth, female), name, unitCode)));
	}

	private static Locator row(BrowserSession browser, StaffView person) {
		return browser.find("#staff-table tbody tr").filter(new Locator.FilterOptions().setHasText(person.name()));
	}

	// Six digits of the region, eight stars over the birth date, the last four.
	private static String masked(StaffView p) {
		return p.idNumber().substring(0, 6) + "********" + p.idNumber().substring(14);
	}

	private static void search(BrowserSession browser, String name, String unitCode) {
		browser.go("/staff");
		browser.find("#staff-filter input[name=name]").fill(name);
		browser.find("#staff-filter input[name=unit]").fill(unitCode == null ? "" : unitCode);
		browser.find("#staff-filter button[type=submit]").click();
		browser.page().waitForLoadState();
		assertThat(browser.page())
			.hasURL(java.util.regex.Pattern.compile("name=[^&]*" + name.substring(name.length() - 4) + "&"));
	}

}
