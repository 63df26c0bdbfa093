package io.edubureau.e2e;

import java.time.LocalDate;

import io.edubureau.org.DataScope;
import io.edubureau.personnelfile.PersonnelFileManagement;
import io.edubureau.personnelfile.SanctionKind;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.edubureau.e2e.Texts.CHINESE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bureau officer records a warning on a person's page: the sanctions tab shows the
 * panel the personnelfile module serves (loaded by htmx), the form posts, the page comes
 * back with the warning and its period; the materials panel is there too.
 */
@BrowserTest
class SanctionPanelFlowTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	PersonnelFileManagement personnelFile;

	@Autowired
	MessageSource messages;

	@Test
	void theOfficerRecordsAWarningOnThePersonsPage(Chromium chromium) {
		Texts texts = new Texts(messages);
		County county = accounts.county();
		String tag = TestAccounts.uniqueCode().substring(6);
		StaffView person = accounts.asSystem(() -> staff.create(DataScope.all(), TestAccounts
			.teacher(accounts.idNumber(LocalDate.of(1984, 5, 6), true), "处分" + tag + "老师", county.schoolA().code())));
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());

		BrowserSession browser = chromium.open(CHINESE);
		browser.signIn(officer, TestAccounts.PASSWORD);
		browser.go("/staff/" + person.id());
		browser.find("#tab-sanctions").click();
		assertThat(browser.find("#sanctions-panel")).containsText(texts.get("sanction.none", CHINESE));
		assertThat(browser.find("#materials-panel #materials-missing")).hasCount(1);
		// The file audit panel is personnelfile's too: nobody has signed a conclusion
		// yet.
		assertThat(browser.find("#file-audit-panel")).containsText(texts.get("fileAudit.notAudited", CHINESE));
		browser.screenshot("no-sanctions");

		browser.find("#sanction-kind").selectOption(SanctionKind.WARNING.name());
		browser.find("#sanction-decidedOn").fill("2025-01-15");
		browser.find("#sanction-decidedBy").fill("县教育局");
		browser.find("#sanction-reason").fill("体罚学生");
		browser.find("#sanction-form button[type=submit]").click();
		browser.page().waitForLoadState();
		assertThat(browser.location()).startsWith("/staff/" + person.id());
		browser.find("#tab-sanctions").click();
		assertThat(browser.find("#sanction-table")).containsText(texts.get("enum.SanctionKind.WARNING", CHINESE));
		assertThat(browser.find("#sanction-table")).containsText("6个月，至2025-07-14");
		browser.screenshot("warning-recorded");
		assertThat(accounts.asSystem(() -> personnelFile.sanctions(DataScope.all(), person.id()))).singleElement()
			.satisfies(s -> assertThat(s.kind()).isEqualTo(SanctionKind.WARNING));
	}

}
