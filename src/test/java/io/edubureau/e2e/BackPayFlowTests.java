package io.edubureau.e2e;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import com.microsoft.playwright.options.FilePayload;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A back-pay batch (补发) in Chinese, as the pay officer does it: a locked month, a wage
 * table corrected from its first day, the draft with the difference, approval refused
 * into the locked month and given into an open one, and the next month paying it.
 */
@BrowserTest
class BackPayFlowTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	void importTable(BrowserSession browser, String csv) {
		browser.go("/pay/import");
		browser.find("#file")
			.setInputFiles(new FilePayload("工资标准.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		browser.find("#import-form button[type=submit]").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#import-accepted")).isVisible();
	}

	@Test
	void draftApproveIntoAnOpenMonthAndPay(Chromium chromium) {
		County county = accounts.county();
		// A far year of its own, and a step no other test prices: the tables are dated
		// and
		// installation-wide.
		int year = 2085 + (int) ((System.currentTimeMillis() / 1000) % 5);
		StaffView teacher = accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts.teacher(accounts.idNumber(LocalDate.of(1984, 3, 7), true), "李补发", county.schoolA().code())
					.toBuilder()
					.hireDate(LocalDate.of(2008, 9, 1))
					.build()));
		String officer = accounts.account("PAY_OFFICER", county.bureau());
		BrowserSession browser = chromium.open(Locale.SIMPLIFIED_CHINESE);
		browser.signIn(officer, TestAccounts.PASSWORD);
		importTable(browser, "项目,等级或类别,标准（元）,执行日期\n岗位工资,10,2380," + year + "-01-01\n薪级工资,37,1400," + year + "-01-01\n");

		browser.go("/pay");
		browser.find("#enrol-staff").fill(Long.toString(teacher.id()));
		browser.find("#enrol-grade").fill("10");
		browser.find("#enrol-step").fill("37");
		browser.find("#enrol-since").fill("2030-01-01");
		browser.find("#enrol-account").fill("6222020000005678");
		browser.find("#enrol-form button[type=submit]").click();
		browser.page().waitForLoadState();

		String jan = year + "-01";
		String feb = year + "-02";
		browser.go("/pay");
		browser.find("#compute-month").fill(jan);
		browser.find("#compute-submit").click();
		browser.page().waitForLoadState();
		browser.go("/pay/months/" + jan);
		browser.find("#lock-submit").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#month-state")).hasText("已锁定");

		// The province corrects step 37 from 1 January: 1400 → 1450 yuan.
		importTable(browser, "项目,等级或类别,标准（元）,执行日期\n薪级工资,37,1450," + year + "-01-01\n");

		browser.go("/pay/back-pay");
		browser.find("#back-from").fill(jan);
		browser.find("#back-draft").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#back-state")).hasText("草稿");
		assertThat(browser.find("#back-total")).hasText("50.00");
		assertThat(browser.find("#back-lines")).containsText("李补发");
		assertThat(browser.find("#back-lines")).containsText("薪级工资");
		assertThat(browser.find("#back-lines .back-difference")).hasText("50.00");
		browser.screenshot("back-pay-draft");

		// Not into the locked month; into February, still open.
		browser.find("#back-approve-form input[name=payMonth]").fill(jan);
		browser.find("#back-approve").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#problems")).containsText("已锁定");
		assertThat(browser.find("#back-state")).hasText("草稿");
		browser.find("#back-approve-form input[name=payMonth]").fill(feb);
		browser.find("#back-approve").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#notice")).isVisible();
		assertThat(browser.find("#back-state")).hasText("已审批");
		assertThat(browser.find("#back-approve-form")).hasCount(0);
		browser.screenshot("back-pay-approved");

		browser.go("/pay");
		browser.find("#compute-month").fill(feb);
		browser.find("#compute-submit").click();
		browser.page().waitForLoadState();
		browser.go("/pay/" + teacher.id() + "/months/" + feb);
		assertThat(browser.find("#slip-table")).containsText("补发");
		assertThat(browser.find("#slip-table")).containsText("50.00");
		assertThat(browser.find("#slip-table")).containsText("1450.00");
		// January stays as paid.
		browser.go("/pay/" + teacher.id() + "/months/" + jan);
		assertThat(browser.find("#slip-table")).containsText("1400.00");
		assertThat(browser.find("#slip-table")).not().containsText("补发");
	}

}
