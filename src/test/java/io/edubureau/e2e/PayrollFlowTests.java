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
 * A payroll month in Chinese, as the pay officer does it: imports the wage table, enrols
 * a village-school teacher, computes the month, reads the teacher's lines with their
 * reasons, locks the month, is refused a correction in it, and pays the correction next
 * month.
 */
@BrowserTest
class PayrollFlowTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Test
	void computeReadLockRefuseAndAdjustNextMonth(Chromium chromium) {
		County county = accounts.county();
		// A far year of its own: the tables are dated and installation-wide.
		int year = 2090 + (int) ((System.currentTimeMillis() / 1000) % 10);
		StaffView teacher = accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts.teacher(accounts.idNumber(LocalDate.of(1986, 5, 6), false), "王村小", county.schoolA().code())
					.toBuilder()
					.hireDate(LocalDate.of(2010, 9, 1))
					.build()));
		String officer = accounts.account("PAY_OFFICER", county.bureau());
		BrowserSession browser = chromium.open(Locale.SIMPLIFIED_CHINESE);
		browser.signIn(officer, TestAccounts.PASSWORD);

		browser.go("/pay/import");
		String csv = "项目,等级或类别,标准（元）,执行日期\n岗位工资,10,2380," + year + "-01-01\n薪级工资,20,1215," + year
				+ "-01-01\n乡村教师生活补助,村小,400," + year + "-01-01\n乡镇工作补贴,全部,350," + year + "-01-01\n绩效工资标准,全部,12000,"
				+ year + "-01-01\n基础性绩效比例,全部,70," + year + "-01-01\n";
		browser.find("#file")
			.setInputFiles(new FilePayload("工资标准.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		browser.find("#import-form button[type=submit]").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#import-accepted")).isVisible();

		browser.go("/pay");
		browser.find("#enrol-staff").fill(Long.toString(teacher.id()));
		browser.find("#enrol-grade").fill("10");
		browser.find("#enrol-step").fill("20");
		browser.find("#enrol-since").fill("2030-01-01");
		browser.find("#enrol-account").fill("6222020000001234");
		browser.find("#enrol-form button[type=submit]").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#record-facts")).containsText("****1234");

		String march = year + "-03";
		browser.go("/pay");
		browser.find("#compute-month").fill(march);
		browser.find("#compute-submit").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#month-state")).hasText("已计算");
		browser.find("#people-table a.slip-link").first().click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#slip-table")).containsText("岗位工资");
		assertThat(browser.find("#slip-table")).containsText("村小：乡村教师生活补助每月400.00元");
		assertThat(browser.find("#slip-table")).containsText("依据：国办发〔2015〕43号");
		assertThat(browser.find("#slip-gross")).hasText("5045.00");
		browser.screenshot("payslip");

		browser.go("/pay/months/" + march);
		browser.find("#lock-submit").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#month-state")).hasText("已锁定");
		assertThat(browser.find("#lock-form")).hasCount(0);

		// A correction in the locked month is refused; the next month takes it.
		browser.go("/pay/" + teacher.id() + "/months/" + march);
		browser.find("#adjust-month").fill(march);
		browser.find("#adjust-amount").fill("-100");
		browser.find("#adjust-note").fill("多发补助扣回");
		browser.find("#adjust-submit").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#problems")).containsText("已锁定");
		browser.screenshot("refused-in-locked-month");
		String april = year + "-04";
		browser.find("#adjust-month").fill(april);
		browser.find("#adjust-amount").fill("-100");
		browser.find("#adjust-note").fill("多发补助扣回");
		browser.find("#adjust-submit").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#notice")).isVisible();

		browser.go("/pay");
		browser.find("#compute-month").fill(april);
		browser.find("#compute-submit").click();
		browser.page().waitForLoadState();
		browser.go("/pay/" + teacher.id() + "/months/" + april);
		assertThat(browser.find("#slip-table")).containsText("多发补助扣回");
		assertThat(browser.find("#slip-gross")).hasText("4945.00");
		browser.go("/pay/" + teacher.id() + "/months/" + march);
		assertThat(browser.find("#slip-gross")).hasText("5045.00");
		browser.screenshot("adjusted-next-month");
	}

}
