package io.edubureau.e2e;

import java.time.LocalDate;
import java.util.Locale;

import com.microsoft.playwright.options.FilePayload;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A hazard from finding to closure, in Chinese, as the school and the bureau do it: the
 * school records a fire inspection with a failed item and the hazard it found, is refused
 * a rectification without evidence, rectifies with a scan; the bureau re-checks it and
 * closes it, and the history shows every step.
 */
@BrowserTest
class SafetyHazardFlowTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes();

	@Autowired
	TestAccounts accounts;

	@Test
	void aHazardFromFindingToClosureWithEvidence(Chromium chromium) {
		County county = accounts.county();
		String school = accounts.account("SCHOOL_ADMIN", county.schoolA());
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		BrowserSession browser = chromium.open(Locale.SIMPLIFIED_CHINESE);
		browser.signIn(school, TestAccounts.PASSWORD);

		browser.go("/safety?kind=FIRE");
		assertThat(browser.find("#inspection-form")).containsText("灭火器、消火栓配备齐全且在有效期内");
		browser.find("#unitId").selectOption(String.valueOf(county.schoolA().id()));
		browser.find("#inspector").fill("安全办张老师");
		browser.find("#fail-fire\\.extinguishers").check();
		browser.find("#note-fire\\.extinguishers").fill("三楼灭火器过期");
		browser.screenshot("checklist");
		browser.find("#inspection-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#inspection-kind")).hasText("消防");
		assertThat(browser.find("#results-table")).containsText("不合格");

		browser.find("#description").fill("三楼灭火器过期");
		browser.find("#responsiblePerson").fill("李总务");
		browser.find("#deadline").fill(LocalDate.now().plusDays(7).toString());
		browser.find("#hazard-save").click();
		browser.page().waitForLoadState();
		browser.find("#hazard-table a").first().click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#hazard-status")).hasText("已发现");
		String hazardPath = browser.path();

		// No rectification without evidence.
		browser.find("#rectify-note").fill("已更换灭火器");
		browser.find("#rectify-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#problems")).containsText("没有佐证材料不能登记整改");
		assertThat(browser.find("#hazard-status")).hasText("已发现");
		browser.screenshot("refused-without-evidence");

		browser.find("#rectify-note").fill("已更换灭火器");
		browser.find("#evidence").setInputFiles(new FilePayload("整改照片.pdf", "application/pdf", PDF));
		browser.find("#rectify-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#hazard-status")).hasText("已整改");
		assertThat(browser.find("#rectifications-table")).containsText("整改照片.pdf");
		// The school does not re-check its own hazard.
		assertThat(browser.find("#recheck")).hasCount(0);
		browser.screenshot("rectified");
		browser.signOut();

		browser.signIn(officer, TestAccounts.PASSWORD);
		browser.go(hazardPath);
		browser.find("#recheck-passed").check();
		browser.find("#recheck-note").fill("复查合格");
		browser.find("#recheck-save").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#hazard-status")).hasText("已销号");
		assertThat(browser.find("#history-table tbody tr")).hasCount(3);
		assertThat(browser.find("#history-table")).containsText("复查合格");
		assertThat(browser.find("#rectify")).hasCount(0);
		browser.screenshot("closed");
	}

}
