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
import io.edubureau.staff.TitleLevel;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A key-teacher designation in Chinese: the bureau officer tries a teacher two years into
 * work (refused with the selection check's reason), then designates a first-grade teacher
 * of 26 years as a county backbone teacher; the list shows the term and the 认定文号.
 */
@BrowserTest
class KeyTeacherDesignationFlowTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	StaffView teacher(County county, String name, LocalDate workStart, TitleLevel title) {
		StaffView p = accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts.teacher(accounts.idNumber(LocalDate.of(1978, 7, 7), true), name, county.schoolA().code())
					.toBuilder()
					.workStartDate(workStart)
					.titleLevel(title)
					.build()));
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test-fixture", null,
				java.util.List.of(new SimpleGrantedAuthority("staff:file:update"),
						new SimpleGrantedAuthority("staff:appraisal:update"))));
		SecurityContextHolder.setContext(context);
		try {
			for (int year = 2015; year <= 2025; year++) {
				staff.addFileEntry(DataScope.all(), p.id(), FileCategory.APPRAISALS,
						Map.of("year", year, "result", AppraisalResult.COMPETENT.name(), "ethics", "PASSED"));
			}
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
		return p;
	}

	@Test
	void aRefusedDesignationShowsItsReasonAndAnEligibleOneIsListed(Chromium chromium) {
		County county = accounts.county();
		String tag = TestAccounts.uniqueCode().substring(6);
		StaffView young = teacher(county, "新任" + tag, LocalDate.of(2024, 9, 1), TitleLevel.SECOND);
		StaffView senior = teacher(county, "骨干" + tag, LocalDate.of(2000, 9, 1), TitleLevel.FIRST);
		BrowserSession browser = chromium.open(Locale.SIMPLIFIED_CHINESE);
		browser.signIn(accounts.account("BUREAU_OFFICER", county.bureau()), TestAccounts.PASSWORD);
		browser.go("/key-teachers");
		assertThat(browser.find("label[for=documentNumber]")).hasText("认定文号");

		browser.find("#staffId").selectOption(Long.toString(young.id()));
		browser.find("#kind").selectOption("BACKBONE");
		browser.find("#level").selectOption("COUNTY");
		browser.find("#startOn").fill("2026-09-01");
		browser.find("#documentNumber").fill("示教字〔2026〕" + tag + "号");
		browser.find("#designate-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#problems")).containsText("不足");
		assertThat(browser.find("#designations-empty")).isVisible();

		browser.find("#staffId").selectOption(Long.toString(senior.id()));
		browser.find("#kind").selectOption("BACKBONE");
		browser.find("#level").selectOption("COUNTY");
		browser.find("#startOn").fill("2026-09-01");
		browser.find("#documentNumber").fill("示教字〔2026〕" + tag + "号");
		browser.find("#designate-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#designation-table")).containsText("骨干" + tag);
		assertThat(browser.find("#designation-table")).containsText("示教字〔2026〕" + tag + "号");
		assertThat(browser.find("#designation-table thead")).containsText("认定文号");
		assertThat(browser.find("#designation-table")).containsText("县级");
		browser.screenshot("key-teacher-designated-zh");
	}

}
