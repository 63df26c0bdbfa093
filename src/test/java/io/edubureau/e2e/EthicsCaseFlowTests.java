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
 * An ethics case from report to closure, in Chinese, as the ethics officer handles it: a
 * report without teacher or summary is refused in words; recorded, the teacher may still
 * take part in awards; an investigation deadline before the receipt is refused; the
 * warning decided is written to the personnel file, so the one-vote veto now blocks
 * awards with its reason; notified and closed, the history keeps every step; the English
 * page words the status.
 */
@BrowserTest
class EthicsCaseFlowTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	static void submit(BrowserSession browser, String form) {
		browser.find(form + " button[type=submit]").click();
		browser.page().waitForLoadState();
	}

	@Test
	void aWarningDecidedInACaseBlocksAwardsThroughTheVeto(Chromium chromium) {
		County county = accounts.county();
		StaffView teacher = accounts.asSystem(() -> staff.create(DataScope.all(), TestAccounts
			.teacher(accounts.idNumber(LocalDate.of(1984, 9, 10), false), "何补课", county.schoolA().code())));
		String officer = accounts.account("ETHICS_OFFICER", county.bureau());
		LocalDate received = LocalDate.now().minusDays(20);
		BrowserSession browser = chromium.open(Locale.SIMPLIFIED_CHINESE);
		browser.signIn(officer, TestAccounts.PASSWORD);

		browser.go("/");
		browser.find("#nav-career").click();
		browser.find("#nav-ethics").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#cases-empty")).isVisible();
		submit(browser, "#case-form");
		assertThat(browser.find("#problems")).containsText("请选择教师");
		assertThat(browser.find("#problems")).containsText("此项必填");
		assertThat(browser.find("#cases-empty")).isVisible();

		browser.find("#staffId").fill(Long.toString(teacher.id()));
		browser.find("#source").selectOption("PETITION");
		browser.find("#receivedOn").fill(received.toString());
		browser.find("#summary").fill("家长反映该教师组织有偿补课");
		submit(browser, "#case-form");
		assertThat(browser.find("h1")).hasText("何补课的师德案件");
		assertThat(browser.find("#case-status")).hasText("已受理");
		assertThat(browser.find("#veto strong")).hasText("今天可以参加评奖评优");
		String casePath = browser.path();

		browser.find("#officer").fill("师德办李明");
		browser.find("#deadline").fill(received.minusDays(1).toString());
		submit(browser, "#investigate-form");
		assertThat(browser.find("#problems"))
			.containsText("调查期限（" + received.minusDays(1) + "）不能早于受理日期（" + received + "）");
		assertThat(browser.find("#case-status")).hasText("已受理");
		browser.find("#officer").fill("师德办李明");
		browser.find("#deadline").fill(received.plusDays(30).toString());
		submit(browser, "#investigate-form");
		assertThat(browser.find("#case-status")).hasText("调查中");

		browser.find("#outcome").selectOption("WARNING");
		browser.find("#findings").fill("经查，该教师于暑期组织本班学生有偿补课，收取费用。");
		browser.find("#decidedOn").fill(LocalDate.now().minusDays(5).toString());
		browser.find("#decidedBy").fill("测试县教育局");
		browser.find("#documentNumber").fill("测教处〔2026〕3号");
		submit(browser, "#decide-form");
		assertThat(browser.find("#case-status")).hasText("已决定");
		assertThat(browser.find("#case-outcome")).hasText("警告");
		// The warning is in the personnel file: the veto now blocks awards, with its
		// reason.
		assertThat(browser.find("#veto strong")).hasText("一票否决：今天不得参加评奖评优");
		assertThat(browser.find("#veto")).containsText("仍在影响期内");
		assertThat(browser.find("#veto")).containsText("警告");
		assertThat(browser.find("#veto")).not().containsText("ETHICS_");
		browser.screenshot("decided-veto");

		submit(browser, "#notice-form");
		assertThat(browser.find("#case-status")).hasText("已告知");
		browser.find("#close-text").fill("本人未申诉");
		submit(browser, "#close-form");
		assertThat(browser.find("#case-status")).hasText("已结案");
		assertThat(browser.find("#history-table tbody tr")).hasCount(5);
		assertThat(browser.find("#close-form")).hasCount(0);
		browser.screenshot("closed");

		browser.go("/ethics");
		assertThat(browser.find("#cases-table tbody tr")).hasCount(1);
		assertThat(browser.find("#cases-table")).containsText("已结案");

		BrowserSession english = chromium.open(Locale.US);
		english.signIn(officer, TestAccounts.PASSWORD);
		english.go(casePath);
		assertThat(english.find("#case-status")).hasText("closed");
	}

}
