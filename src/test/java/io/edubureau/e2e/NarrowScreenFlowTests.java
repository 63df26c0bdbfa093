package io.edubureau.e2e;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.edubureau.e2e.Texts.CHINESE;

/**
 * The staff list on a phone (390 px wide, issue 13): the table keeps its columns readable
 * and scrolls sideways inside its own box; no cell is squeezed narrower than three
 * characters (or its text, when shorter), no header breaks into one character per line,
 * and the page itself does not scroll sideways.
 */
@BrowserTest
class NarrowScreenFlowTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Test
	@SuppressWarnings("unchecked")
	void theStaffListScrollsSidewaysInsteadOfSqueezingItsCells(Chromium chromium) {
		County county = accounts.county();
		String tag = TestAccounts.uniqueCode().substring(1);
		for (String name : new String[] { "欧阳" + tag + "明", "司马" + tag + "红" }) {
			accounts.asSystem(() -> staff.create(DataScope.all(), TestAccounts
				.teacher(accounts.idNumber(LocalDate.of(1986, 3, 4), false), name, county.schoolA().code())));
		}
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		BrowserSession browser = chromium.open(CHINESE);
		browser.page().setViewportSize(390, 844);
		browser.signIn(officer, TestAccounts.PASSWORD);
		browser.go("/staff");
		browser.find("#staff-filter input[name=name]").fill(tag);
		browser.find("#staff-filter button[type=submit]").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#staff-table tbody tr")).hasCount(2);

		Map<String, Object> layout = (Map<String, Object>) browser.page().evaluate("""
				() => {
				  const table = document.querySelector('#staff-table');
				  const em = parseFloat(getComputedStyle(table).fontSize);
				  const cells = [...table.querySelectorAll('th, td')].filter(c => c.textContent.trim().length > 0);
				  // a cell narrower than three characters (or than its text, when shorter) is squeezed
				  const narrow = cells.filter(c => c.getBoundingClientRect().width
				      < 0.9 * em * Math.min(3, c.textContent.trim().length))
				    .map(c => c.textContent.trim() + ' ' + Math.round(c.getBoundingClientRect().width) + 'px');
				  const tall = [...table.querySelectorAll('th')]
				    .filter(c => c.textContent.trim().length > 1 && c.getBoundingClientRect().height > 2.6 * em)
				    .map(c => c.textContent.trim());
				  let box = table, scrolls = false;
				  while (box && box !== document.body) {
				    const style = getComputedStyle(box);
				    if (['auto', 'scroll'].includes(style.overflowX) && box.clientWidth <= window.innerWidth) {
				      scrolls = true;
				      break;
				    }
				    box = box.parentElement;
				  }
				  return { narrow, tall, scrolls, pageWidth: document.documentElement.scrollWidth,
				           viewport: window.innerWidth, cells: cells.length };
				}
				""");
		browser.screenshot("staff-list-390");
		org.assertj.core.api.Assertions.assertThat(((Number) layout.get("viewport")).intValue()).isEqualTo(390);
		org.assertj.core.api.Assertions.assertThat(((Number) layout.get("cells")).intValue()).isGreaterThan(10);
		org.assertj.core.api.Assertions.assertThat((List<String>) layout.get("narrow"))
			.as("cells narrower than three characters")
			.isEmpty();
		org.assertj.core.api.Assertions.assertThat((List<String>) layout.get("tall"))
			.as("headers broken over more than two lines")
			.isEmpty();
		org.assertj.core.api.Assertions.assertThat((Boolean) layout.get("scrolls"))
			.as("the table sits in a box that scrolls sideways")
			.isTrue();
		org.assertj.core.api.Assertions.assertThat(((Number) layout.get("pageWidth")).intValue())
			.as("the page itself is no wider than the phone")
			.isLessThanOrEqualTo(390);
	}

}
