package io.edubureau.e2e;

import java.time.LocalDate;
import java.util.Locale;

import io.edubureau.org.DataScope;
import io.edubureau.org.EnrolmentView;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Stage;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In Chinese, as the bureau officer does it: a school building appraised D (整幢危房) is
 * listed as dangerous without a plan until its demolition plan is set, cannot be put back
 * in use before it is appraised again, and is demolished; the school's public operating
 * funds allocated from its pupils are paid up to the balance, a fen more refused with
 * what is left.
 */
@BrowserTest
class FacilitiesBuildingsAndFundsFlowTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	OrgManagement org;

	@Test
	void aBuildingAppraisedDGetsItsRemedyAndIsDemolished(Chromium chromium) {
		County county = accounts.county();
		BrowserSession browser = chromium.open(Locale.SIMPLIFIED_CHINESE);
		browser.signIn(accounts.account("BUREAU_OFFICER", county.bureau()), TestAccounts.PASSWORD);
		LocalDate today = LocalDate.now();

		browser.go("/facilities/buildings");
		browser.find("#b-unit").selectOption(String.valueOf(county.schoolA().id()));
		browser.find("#b-name").fill("老教学楼");
		browser.find("#b-use").selectOption("TEACHING");
		browser.find("#b-structure").selectOption("BRICK_WOOD");
		browser.find("#b-floors").fill("2");
		browser.find("#b-area").fill("900");
		browser.find("#b-year").fill("1978");
		browser.find("#building-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#building-status")).hasText("在用");
		String buildingPath = browser.path();

		browser.find("#grade").selectOption("D");
		browser.find("#appraise-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#building-dangerous")).hasText("危房");
		assertThat(browser.find("#building-reasons")).containsText("属整幢危房，应停止使用并制定加固或拆除计划");
		assertThat(browser.find("#building-reasons")).containsText("尚未制定加固或拆除计划");
		browser.go("/facilities/buildings");
		assertThat(browser.find("#buildings-without-plan")).containsText("1 栋C、D级危房尚无加固或拆除计划");

		// The plan's deadline at most five years after the appraisal.
		browser.go(buildingPath);
		browser.find("#remedy").selectOption("DEMOLITION");
		browser.find("#deadline").fill(today.plusYears(5).plusDays(1).toString());
		browser.find("#plan-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#problems")).isVisible();
		assertThat(browser.find("#building-reasons")).containsText("尚未制定加固或拆除计划");
		browser.find("#remedy").selectOption("DEMOLITION");
		browser.find("#deadline").fill(today.plusMonths(6).toString());
		browser.find("#plan-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#building-reasons")).containsText("处置计划：拆除，期限 " + today.plusMonths(6));
		browser.screenshot("building-d-plan");

		browser.find("#to-status").selectOption("OUT_OF_USE");
		browser.find("#status-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#building-status")).hasText("停用");
		// A D building is not put back in use before it is appraised again.
		browser.find("#to-status").selectOption("IN_USE");
		browser.find("#status-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#problems")).containsText("被鉴定为D级（整幢危房），重新鉴定前不得恢复使用");
		assertThat(browser.find("#building-status")).hasText("停用");
		browser.find("#to-status").selectOption("DEMOLISHED");
		browser.find("#status-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#building-status")).hasText("已拆除");
		assertThat(browser.find("#appraise-form")).hasCount(0);

		browser.go("/facilities/buildings");
		assertThat(browser.find("#buildings-without-plan")).hasCount(0);
	}

	@Test
	void aSchoolsOperatingFundsArePaidUpToTheBalance(Chromium chromium) {
		County county = accounts.county();
		int year = LocalDate.now().getYear();
		// 120 primary pupils in the school year running on 1 January: 72,000.00 yuan.
		accounts.asSystem(() -> org.recordEnrolment(DataScope.all(), county.schoolA().id(),
				new EnrolmentView(year - 1, Stage.PRIMARY, 120, 4)));
		BrowserSession browser = chromium.open(Locale.SIMPLIFIED_CHINESE);
		browser.signIn(accounts.account("BUREAU_OFFICER", county.bureau()), TestAccounts.PASSWORD);

		browser.go("/facilities/funds");
		assertThat(browser.find("#fund-table")).containsText("小学：120 人");
		assertThat(browser.find("#fund-allocated")).hasText("72,000.00");

		browser.find("#f-unit").selectOption(String.valueOf(county.schoolA().id()));
		browser.find("#f-amount").fill("50000");
		browser.find("#f-note").fill("春季学期");
		browser.find("#fund-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#fund-disbursed")).hasText("50,000.00");
		assertThat(browser.find("#fund-balance")).hasText("22,000.00");

		// A fen beyond the balance is refused with what is left, and nothing is paid.
		browser.find("#f-unit").selectOption(String.valueOf(county.schoolA().id()));
		browser.find("#f-amount").fill("22000.01");
		browser.find("#fund-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#problems")).containsText("尚余 22000.00 元");
		assertThat(browser.find("#fund-disbursed")).hasText("50,000.00");
		browser.screenshot("fund-over-balance");

		// Exactly the balance may be paid.
		browser.find("#f-unit").selectOption(String.valueOf(county.schoolA().id()));
		browser.find("#f-amount").fill("22000.00");
		browser.find("#fund-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#fund-disbursed")).hasText("72,000.00");
		assertThat(browser.find("#fund-balance")).hasText("0.00");
	}

}
