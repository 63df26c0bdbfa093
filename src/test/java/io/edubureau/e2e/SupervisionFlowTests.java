package io.edubureau.e2e;

import java.util.Locale;

import com.microsoft.playwright.options.FilePayload;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A supervision visit from scores to a closed rectification item, in Chinese, as the
 * supervisor (督学) and the school do it: the inspector scores a 双减 visit (a score above 10
 * refused with the indicator named), records a finding whose deadline is counted from the
 * visit day; the school is refused a rectification without evidence, rectifies with a
 * scan; the inspector re-checks and closes it, and the school's report shows it closed.
 */
@BrowserTest
class SupervisionFlowTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes();

	@Autowired
	TestAccounts accounts;

	@Test
	void aVisitFromScoresToAClosedRectificationItem(Chromium chromium) {
		County county = accounts.county();
		String inspector = accounts.account("INSPECTOR", county.bureau());
		String school = accounts.account("SCHOOL_ADMIN", county.schoolA());
		BrowserSession browser = chromium.open(Locale.SIMPLIFIED_CHINESE);
		browser.signIn(inspector, TestAccounts.PASSWORD);

		browser.go("/supervision?programme=DOUBLE_REDUCTION");
		assertThat(browser.find("#visit-form")).containsText("课后服务");
		browser.find("#unitId").selectOption(String.valueOf(county.schoolA().id()));
		browser.find("#supervisors").fill("县督导室 王督学");
		String[] indicators = { "homework", "afterSchool", "sleep", "phones", "reading", "fitness" };
		for (String i : indicators) {
			browser.find("#score-doubleReduction\\." + i).fill("9");
		}
		// 11 is above the highest score: refused, the indicator named, nothing saved.
		browser.find("#score-doubleReduction\\.homework").evaluate("e => e.removeAttribute('max')");
		browser.find("#score-doubleReduction\\.homework").fill("11");
		browser.find("#visit-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#problems")).containsText("作业总量和时长");
		assertThat(browser.find("#problems")).containsText("不在 0 至 10 分之间");

		browser.find("#unitId").selectOption(String.valueOf(county.schoolA().id()));
		browser.find("#supervisors").fill("县督导室 王督学");
		for (String i : indicators) {
			browser.find("#score-doubleReduction\\." + i).fill("9");
		}
		browser.find("#score-doubleReduction\\.homework").fill("5");
		browser.find("#note-doubleReduction\\.homework").fill("三年级作业时长超标");
		browser.screenshot("scores");
		browser.find("#visit-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#visit-programme")).hasText("“双减”");
		assertThat(browser.find("#visit-total")).containsText("50/60");

		browser.find("#indicator").selectOption("doubleReduction.homework");
		browser.find("#finding").fill("三年级书面作业平均超过60分钟");
		browser.find("#responsiblePerson").fill("教务主任");
		browser.find("#item-save").click();
		browser.page().waitForLoadState();
		browser.find("#item-table a").first().click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#item-status")).hasText("待整改");
		assertThat(browser.find("#deadline-reasons")).containsText("30日");
		String itemPath = browser.path();
		browser.signOut();

		browser.signIn(school, TestAccounts.PASSWORD);
		browser.go(itemPath);
		browser.find("#rectify-note").fill("已调整作业设计");
		browser.find("#rectify-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#problems")).containsText("没有佐证材料不能登记整改");
		assertThat(browser.find("#item-status")).hasText("待整改");
		browser.find("#rectify-note").fill("已调整作业设计，建立作业公示制度");
		browser.find("#evidence").setInputFiles(new FilePayload("作业公示.pdf", "application/pdf", PDF));
		browser.find("#rectify-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#item-status")).hasText("已整改待复查");
		assertThat(browser.find("#evidence-table")).containsText("作业公示.pdf");
		assertThat(browser.find("#recheck")).hasCount(0);
		browser.signOut();

		browser.signIn(inspector, TestAccounts.PASSWORD);
		browser.go(itemPath);
		browser.find("#recheck-passed").check();
		browser.find("#recheck-note").fill("复查合格");
		browser.find("#recheck-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#item-status")).hasText("已销号");
		assertThat(browser.find("#history-table tbody tr")).hasCount(3);
		browser.screenshot("closed");

		browser.go("/supervision/schools/" + county.schoolA().id());
		assertThat(browser.find("#report-counts")).containsText("整改事项 1 个，已销号 1 个，逾期 0 个");
		assertThat(browser.find("#item-table")).containsText("已销号");
	}

}
