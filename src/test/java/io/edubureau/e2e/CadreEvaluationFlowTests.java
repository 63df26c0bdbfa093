package io.edubureau.e2e;

import java.time.LocalDate;
import java.util.Locale;

import io.edubureau.cadres.CadresManagement;
import io.edubureau.cadres.Forms.AppointmentForm;
import io.edubureau.cadres.Forms.PostForm;
import io.edubureau.cadres.PostKind;
import io.edubureau.cadres.Views.AppointmentView;
import io.edubureau.cadres.Views.PostView;
import io.edubureau.org.DataScope;
import io.edubureau.security.ScopeChecks;
import io.edubureau.security.TestAccounts;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The bureau officer opens a democratic evaluation round on /cadres, enters a cadre's
 * counted tallies (10 of 50 basically competent or incompetent: exactly 20%) and reads
 * the admonishment outcome with the rule's reasons, then records the talk.
 */
@BrowserTest
class CadreEvaluationFlowTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	CadresManagement cadres;

	@Test
	void openARoundEnterTalliesAndSeeTheAdmonishmentWithItsReasons(Chromium chromium) {
		var county = accounts.county();
		String tag = TestAccounts.uniqueCode().substring(6);
		int year = LocalDate.now().getYear();
		AppointmentView cadre = accounts.asSystem(() -> {
			StaffView p = staff.create(DataScope.all(), ScopeChecks.teacher(accounts, "测评校长" + tag,
					county.schoolA().code(), LocalDate.of(1975, 2, 2), LocalDate.of(1998, 9, 1)));
			PostView post = cadres.createPost(DataScope.all(),
					new PostForm(county.schoolA().id(), PostKind.PRINCIPAL, "校长"));
			return cadres.appoint(DataScope.all(),
					new AppointmentForm(post.id(), p.id(), LocalDate.of(year, 1, 5), "示教任" + tag));
		});
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		BrowserSession browser = chromium.open(Locale.SIMPLIFIED_CHINESE);
		browser.signIn(officer, TestAccounts.PASSWORD);
		browser.go("/cadres");
		browser.find("#round-name").fill(year + "年民主测评" + tag);
		browser.find("#open-round-submit").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#round-name")).containsText(year + "年民主测评" + tag);

		String row = "#cadre-" + cadre.id() + " ";
		browser.find(row + "input[name=excellent]").fill("10");
		browser.find(row + "input[name=competent]").fill("30");
		browser.find(row + "input[name=basicallyCompetent]").fill("8");
		browser.find(row + "input[name=incompetent]").fill("2");
		browser.find(row + "button[type=submit]").click();
		browser.page().waitForLoadState();

		assertThat(browser.find(row + ".badge")).hasText("诫勉谈话");
		String outcome = "#outcome-" + cadre.id();
		assertThat(browser.find(outcome + " .outcome-reasons")).containsText("20%");
		assertThat(browser.find(outcome + " .outcome-reasons")).containsText("达到诫勉谈话比例");
		assertThat(browser.find(outcome + " .outcome-reasons")).containsText("（依据：本局干部考核办法");
		browser.screenshot("cadre-admonish-zh");

		browser.find(outcome + " input[name=by]").fill("纪检组长");
		browser.find(outcome + " button[type=submit]").first().click();
		browser.page().waitForLoadState();
		assertThat(browser.find(outcome)).containsText("纪检组长进行诫勉谈话");
	}

}
