package io.edubureau.e2e;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.edubureau.establishment.EstablishmentManagement;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.PostCategory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A recruitment round from plan to hire, in Chinese, as the bureau officer runs it:
 * weights that do not add up are refused, one position within the school's vacancies (the
 * plan's reason names them), approval and announcement, applications checked against the
 * position's requirements with reasons (a wrong identity number refused), scores and the
 * weighted total, selection of the best, the public notice, a hire during the notice
 * refused, the hire after it; the English page words the status.
 */
@BrowserTest
class RecruitmentRoundFlowTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	EstablishmentManagement establishment;

	static void submit(BrowserSession browser, String form) {
		browser.find(form + " button[type=submit]").click();
		browser.page().waitForLoadState();
	}

	static Locator application(BrowserSession browser, String name) {
		return browser.page().locator("#applications tbody tr", new Page.LocatorOptions().setHasText(name));
	}

	@Test
	void aRoundFromPlanToHireWithItsReasons(Chromium chromium) {
		County county = accounts.county();
		accounts.asSystem(() -> establishment.approve(DataScope.all(), county.schoolA().id(),
				Map.of(PostCategory.PROFESSIONAL, 3), null, "测试编办〔2026〕1号"));
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		BrowserSession browser = chromium.open(Locale.SIMPLIFIED_CHINESE);
		browser.signIn(officer, TestAccounts.PASSWORD);

		browser.go("/recruitment");
		browser.find("#open-round [name=title]").fill("测试县公开招聘小学数学教师");
		browser.find("#open-round [name=writtenWeight]").fill("60");
		browser.find("#open-round [name=interviewWeight]").fill("50");
		submit(browser, "#open-round");
		assertThat(browser.find("#problems")).containsText("笔试权重（60%）与面试权重（50%）之和须为100%");
		browser.find("#open-round [name=title]").fill("测试县公开招聘小学数学教师");
		browser.find("#open-round [name=writtenWeight]").fill("60");
		browser.find("#open-round [name=interviewWeight]").fill("40");
		submit(browser, "#open-round");
		assertThat(browser.find("#round-status")).hasText("计划草拟");

		browser.find("#add-position [name=unitId]").selectOption(String.valueOf(county.schoolA().id()));
		browser.find("#add-position [name=postCategory]").selectOption("PROFESSIONAL");
		browser.find("#add-position [name=stage]").selectOption("PRIMARY");
		browser.find("#add-position [name=subject]").fill("数学");
		browser.find("#add-position [name=headcount]").fill("1");
		browser.find("#add-position [name=minEducation]").selectOption("BACHELOR");
		browser.find("#certificateRequired").check();
		submit(browser, "#add-position");
		assertThat(browser.find("#positions tbody tr")).hasCount(1);
		assertThat(browser.find("#plan-reasons")).containsText("计划招聘1人，未超过空编3人（核定编制3人，在编0人");
		assertThat(browser.find("#plan-reasons")).not().containsText("RECRUITMENT_");

		browser.find("#approve [name=document]").fill("测试人社〔2026〕8号");
		submit(browser, "#approve");
		assertThat(browser.find("#round-status")).hasText("计划已核准");
		submit(browser, "#publish");
		assertThat(browser.find("#round-status")).hasText("已发布公告");
		String roundPath = browser.path();

		// A wrong identity number is refused in words and registers nothing.
		String valid = accounts.idNumber(LocalDate.of(1999, 4, 5), true);
		String wrong = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
		browser.find("#apply [name=idNumber]").fill(wrong);
		browser.find("#apply [name=name]").fill("错号码");
		submit(browser, "#apply");
		assertThat(browser.find("#problems")).containsText("不是有效的居民身份证号码");
		assertThat(browser.find("#applications tbody tr")).hasCount(0);

		browser.find("#apply [name=idNumber]").fill(valid);
		browser.find("#apply [name=name]").fill("林晓雨");
		submit(browser, "#apply");
		browser.find("#apply [name=idNumber]").fill(accounts.idNumber(LocalDate.of(1998, 6, 7), false));
		browser.find("#apply [name=name]").fill("陈专科");
		browser.find("#apply [name=education]").selectOption("ASSOCIATE");
		submit(browser, "#apply");
		browser.find("#apply [name=idNumber]").fill(accounts.idNumber(LocalDate.of(1997, 8, 9), false));
		browser.find("#apply [name=name]").fill("吴本科");
		submit(browser, "#apply");
		assertThat(application(browser, "林晓雨").locator(".app-status")).hasText("资格审查通过");
		assertThat(application(browser, "林晓雨")).containsText("学历本科，符合本科及以上的要求");
		assertThat(application(browser, "陈专科").locator(".app-status")).hasText("资格审查未通过");
		assertThat(application(browser, "陈专科")).containsText("学历专科，低于岗位要求的本科");
		assertThat(application(browser, "陈专科").locator(".score-form")).hasCount(0);
		browser.screenshot("applications");

		application(browser, "林晓雨").locator("[name=written]").fill("80");
		application(browser, "林晓雨").locator("[name=interview]").fill("90");
		application(browser, "林晓雨").locator(".score-form button").click();
		browser.page().waitForLoadState();
		// A score past 100 is refused and nothing changes.
		application(browser, "吴本科").locator("[name=written]").fill("101");
		application(browser, "吴本科").locator("[name=interview]").fill("60");
		application(browser, "吴本科").locator(".score-form button").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#problems")).containsText("成绩须在0至100之间");
		application(browser, "吴本科").locator("[name=written]").fill("70");
		application(browser, "吴本科").locator("[name=interview]").fill("60");
		application(browser, "吴本科").locator(".score-form button").click();
		browser.page().waitForLoadState();
		// 60% written and 40% interview
		assertThat(application(browser, "林晓雨").locator(".total")).hasText("84.00");
		assertThat(application(browser, "吴本科").locator(".total")).hasText("66.00");

		browser.find("#positions button.select").click();
		browser.page().waitForLoadState();
		assertThat(application(browser, "林晓雨").locator(".app-status")).hasText("进入体检考察");
		assertThat(application(browser, "吴本科").locator(".app-status")).hasText("资格审查通过");

		// The notice began three weeks ago: seven working days, then the hire.
		application(browser, "林晓雨").locator(".publicity-form [name=from]")
			.fill(LocalDate.now().minusDays(21).toString());
		application(browser, "林晓雨").locator(".publicity-form button").click();
		browser.page().waitForLoadState();
		assertThat(application(browser, "林晓雨").locator(".app-status")).hasText("公示中");
		assertThat(application(browser, "林晓雨")).containsText("公示至");

		// No hire during the public notice.
		application(browser, "林晓雨").locator(".hire-form [name=hiredOn]").fill(LocalDate.now().minusDays(18).toString());
		application(browser, "林晓雨").locator(".hire-form button").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#problems")).containsText("聘用日期须在公示期满之后");
		assertThat(application(browser, "林晓雨").locator(".app-status")).hasText("公示中");
		browser.screenshot("hire-refused-during-notice");

		application(browser, "林晓雨").locator(".hire-form [name=hiredOn]").fill(LocalDate.now().toString());
		application(browser, "林晓雨").locator(".hire-form button").click();
		browser.page().waitForLoadState();
		assertThat(application(browser, "林晓雨").locator(".app-status")).hasText("已聘用");
		assertThat(application(browser, "林晓雨")).containsText("试用期至");
		browser.screenshot("hired");

		BrowserSession english = chromium.open(Locale.US);
		english.signIn(officer, TestAccounts.PASSWORD);
		english.go(roundPath);
		assertThat(application(english, "林晓雨").locator(".app-status")).hasText("hired");
	}

}
