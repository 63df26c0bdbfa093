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

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Training hours from a school programme to the teacher's ledger, in Chinese: the school
 * may only create school-based programmes, creates one, enrols a teacher, is refused more
 * hours than the programme has and records the completion; the bureau is refused a return
 * without saying what to change, credits the hours, and the ledger shows them with the
 * reasons of the five-year cycle; the English ledger words the decision.
 */
@BrowserTest
class TrainingCreditFlowTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Test
	void theSchoolRecordsACompletionAndTheBureauCreditsItToTheLedger(Chromium chromium) {
		County county = accounts.county();
		StaffView teacher = accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts.teacher(accounts.idNumber(LocalDate.of(1990, 2, 3), true), "郑研修", county.schoolA().code())
					.toBuilder()
					.hireDate(LocalDate.now().minusYears(3))
					.build()));
		String school = accounts.account("SCHOOL_ADMIN", county.schoolA());
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		String code = "XB-" + TestAccounts.uniqueCode();

		BrowserSession schoolSide = chromium.open(Locale.SIMPLIFIED_CHINESE);
		schoolSide.signIn(school, TestAccounts.PASSWORD);
		schoolSide.go("/training");
		schoolSide.find("#code").fill(code);
		schoolSide.find("#name").fill("校本研修：课堂观察与评课");
		schoolSide.find("#level").selectOption("COUNTY");
		schoolSide.find("#category").selectOption("SCHOOL_BASED");
		schoolSide.find("#hours").fill("24");
		schoolSide.find("#startDate").fill(LocalDate.now().minusDays(30).toString());
		schoolSide.find("#endDate").fill(LocalDate.now().minusDays(10).toString());
		schoolSide.find("#programme-form button[type=submit]").click();
		schoolSide.page().waitForLoadState();
		assertThat(schoolSide.find("#problems")).containsText("学校只能创建校本研修项目");

		schoolSide.find("#code").fill(code);
		schoolSide.find("#name").fill("校本研修：课堂观察与评课");
		schoolSide.find("#level").selectOption("SCHOOL");
		schoolSide.find("#category").selectOption("SCHOOL_BASED");
		schoolSide.find("#hours").fill("24");
		schoolSide.find("#startDate").fill(LocalDate.now().minusDays(30).toString());
		schoolSide.find("#endDate").fill(LocalDate.now().minusDays(10).toString());
		schoolSide.find("#programme-form button[type=submit]").click();
		schoolSide.page().waitForLoadState();
		assertThat(schoolSide.find("h1")).hasText("校本研修：课堂观察与评课");

		schoolSide.find("#enrol-form [name=staffId]").fill(Long.toString(teacher.id()));
		schoolSide.find("#enrol-form button[type=submit]").click();
		schoolSide.page().waitForLoadState();
		assertThat(schoolSide.find("#records-table tbody tr")).hasCount(1);
		assertThat(schoolSide.find("#records-table .badge")).hasText("已报名");

		// More hours than the programme has are refused in words.
		schoolSide.find("#records-table [name=hours]").evaluate("e => e.removeAttribute('max')");
		schoolSide.find("#records-table [name=hours]").fill("30");
		schoolSide.find("#records-table form[action$='/completion'] button").click();
		schoolSide.page().waitForLoadState();
		assertThat(schoolSide.find("#problems")).containsText("学时应在 0 至项目学时之间：输入 30，项目学时 24");
		assertThat(schoolSide.find("#records-table .badge")).hasText("已报名");
		schoolSide.find("#records-table [name=hours]").fill("24");
		schoolSide.find("#records-table [name=certificateNumber]").fill("XB2026-001");
		schoolSide.find("#records-table form[action$='/completion'] button").click();
		schoolSide.page().waitForLoadState();
		assertThat(schoolSide.find("#records-table .badge")).hasText("已结业，待审核");
		schoolSide.screenshot("completed");

		BrowserSession bureau = chromium.open(Locale.SIMPLIFIED_CHINESE);
		bureau.signIn(officer, TestAccounts.PASSWORD);
		bureau.go("/training/reviews");
		assertThat(bureau.find("#reviews-table tbody tr")).hasCount(1);
		assertThat(bureau.find("#reviews-table")).containsText("郑研修");
		bureau.find("#reviews-table button[value=false]").click();
		bureau.page().waitForLoadState();
		assertThat(bureau.find("#problems")).containsText("退回时请写明需要修改的内容");
		assertThat(bureau.find("#reviews-table tbody tr")).hasCount(1);
		bureau.find("#reviews-table button[value=true]").click();
		bureau.page().waitForLoadState();
		assertThat(bureau.find("#reviews-empty")).isVisible();

		bureau.go("/training/ledger/" + teacher.id());
		assertThat(bureau.find("#credited")).hasText("24");
		assertThat(bureau.find("#entries-table")).containsText("已认定");
		assertThat(bureau.find("#ledger-decision")).containsText("尚未达到要求");
		assertThat(bureau.find("#ledger-decision")).containsText("本周期已认定 24 学时");
		assertThat(bureau.find("#ledger-decision")).not().containsText("TRAINING_");
		bureau.screenshot("ledger");

		BrowserSession english = chromium.open(Locale.US);
		english.signIn(officer, TestAccounts.PASSWORD);
		english.go("/training/ledger/" + teacher.id());
		assertThat(english.find("#ledger-decision strong")).hasText("Requirement not yet met");
	}

}
