package io.edubureau.e2e;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.AppraisalResult;
import io.edubureau.staff.FileCategory;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A commendation round in Chinese: the bureau officer opens it and gives school A a place
 * from the unit list; the school administrator checks a colleague without appraisals
 * (refused, the reason naming its source, no rule code), nominates an eligible teacher
 * from the staff list; the officer closes nominations, approves, and posts the notice on
 * Friday 2026-06-05, which runs to Friday 2026-06-12.
 */
@BrowserTest
class AwardRoundFlowTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	StaffView teacher(County county, String name, boolean appraised) {
		StaffView p = accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts.teacher(accounts.idNumber(LocalDate.of(1986, 7, 7), true), name, county.schoolA().code())
					.toBuilder()
					.workStartDate(LocalDate.of(2009, 9, 1))
					.build()));
		if (appraised) {
			var previous = SecurityContextHolder.getContext();
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test-fixture", null,
					java.util.List.of(new SimpleGrantedAuthority("staff:file:update"),
							new SimpleGrantedAuthority("staff:appraisal:update"))));
			SecurityContextHolder.setContext(context);
			try {
				for (int year = 2023; year <= 2025; year++) {
					staff.addFileEntry(DataScope.all(), p.id(), FileCategory.APPRAISALS,
							Map.of("year", year, "result", AppraisalResult.COMPETENT.name(), "ethics", "PASSED"));
				}
			}
			finally {
				SecurityContextHolder.setContext(previous);
			}
		}
		return p;
	}

	@Test
	void openNominateApprovePublish(Chromium chromium) {
		County county = accounts.county();
		String tag = TestAccounts.uniqueCode();
		StaffView good = teacher(county, "候选甲" + tag, true);
		StaffView unappraised = teacher(county, "候选乙" + tag, false);
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		String school = accounts.account("SCHOOL_ADMIN", county.schoolA());
		BrowserSession browser = chromium.open(Locale.SIMPLIFIED_CHINESE);

		browser.signIn(officer, TestAccounts.PASSWORD);
		browser.go("/awards");
		browser.find("#name").fill("2026年度县优秀班主任" + tag);
		browser.find("#kind").selectOption("EXCELLENT_HEAD_TEACHER");
		browser.find("#level").selectOption("COUNTY");
		browser.find("#year").fill("2026");
		browser.find("#prizeYuan").fill("800");
		browser.find("#open-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#round-status")).hasText("推荐中");
		String round = browser.path();
		browser.find("#unitId").selectOption(String.valueOf(county.schoolA().id()));
		browser.find("#places").fill("1");
		browser.find("#quota-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#quota-table")).containsText(county.schoolA().name());
		browser.screenshot("round-opened");
		browser.signOut();

		browser.signIn(school, TestAccounts.PASSWORD);
		browser.go(round);
		browser.find("#check-staff").selectOption(String.valueOf(unappraised.id()));
		browser.find("#check-on").fill("2026-06-01");
		browser.find("#check-eligibility").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#eligibility")).containsText("不符合推荐条件");
		assertThat(browser.find("#eligibility")).containsText("2025 年度考核结果未记录");
		assertThat(browser.find("#eligibility")).containsText("依据：中华人民共和国教师法");
		assertThat(browser.find("#eligibility")).not().containsText("AWARD_ELIGIBILITY");
		browser.screenshot("conditions-not-met");
		browser.find("#staffId").selectOption(String.valueOf(good.id()));
		browser.find("#nominate-on").fill("2026-06-01");
		browser.find("#merits").fill("班级管理规范，所带班级获评县级先进班集体。");
		browser.find("#nominate").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#nomination-table")).containsText(good.name());
		assertThat(browser.find("#nomination-table")).containsText("已推荐");
		browser.screenshot("nominated");
		browser.signOut();

		browser.signIn(officer, TestAccounts.PASSWORD);
		browser.go(round);
		browser.find("#close-nominations").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#round-status")).hasText("审核中");
		browser.find("#nomination-table button.btn-outline-success").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#nomination-table")).containsText("审核通过");
		browser.find("#notice-on").fill("2026-06-05");
		browser.find("#publish").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#round-status")).hasText("公示中");
		assertThat(browser.find("#round-notice")).containsText("2026-06-12");
		browser.screenshot("notice-posted");
	}

}
