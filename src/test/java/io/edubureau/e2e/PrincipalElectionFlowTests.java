package io.edubureau.e2e;

import java.time.LocalDate;
import java.util.Locale;

import io.edubureau.cadres.CadresManagement;
import io.edubureau.cadres.Forms.PostForm;
import io.edubureau.cadres.PostKind;
import io.edubureau.cadres.Views.PostView;
import io.edubureau.org.DataScope;
import io.edubureau.org.UnitView;
import io.edubureau.security.ScopeChecks;
import io.edubureau.security.TestAccounts;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import io.edubureau.staff.TitleLevel;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 民主选举 in the browser: the bureau officer sets up an online principal election at a
 * school of three staff, the three vote secretly on their ballot pages (each ballot
 * spends a single-use token), two of three vote 1 : 1 so nobody has more than half and a
 * run-off between the two opens, the run-off elects with 2 of 3, and the result goes to
 * 公示.
 */
@BrowserTest
class PrincipalElectionFlowTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	CadresManagement cadres;

	@Test
	void threeVotersNoMajorityARunoffThenElectedAndPubliclyNoticed(Chromium chromium) {
		var county = accounts.county();
		String tag = TestAccounts.uniqueCode().substring(6);
		UnitView school = county.schoolB();
		PostView post = accounts
			.asSystem(() -> cadres.createPost(DataScope.all(), new PostForm(school.id(), PostKind.PRINCIPAL, "校长")));
		StaffView x = person("甲候选" + tag, school);
		StaffView y = person("乙候选" + tag, school);
		StaffView z = person("丙选民" + tag, school);
		String vx = accounts.account("TEACHER", school, x.id());
		String vy = accounts.account("TEACHER", school, y.id());
		String vz = accounts.account("TEACHER", school, z.id());
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());

		BrowserSession bureau = chromium.open(Locale.SIMPLIFIED_CHINESE);
		// Eight engineers share two cores: the first page after sign-in may take a while.
		bureau.page().setDefaultTimeout(90_000);
		bureau.signIn(officer, TestAccounts.PASSWORD);
		bureau.go("/cadres");
		bureau.find("#election-post").selectOption(Long.toString(post.id()));
		bureau.find("#create-election #election-title").fill("校长民主选举" + tag);
		bureau.find("#election-day").fill(LocalDate.now().toString());
		bureau.find("#election-mode").selectOption("ONLINE");
		bureau.find("#election-candidates").fill(x.id() + "，" + y.id());
		bureau.find("#create-election button[type=submit]").click();
		bureau.page().waitForLoadState();
		assertThat(bureau.path()).startsWith("/cadres/elections/");
		long first = Long.parseLong(bureau.path().substring("/cadres/elections/".length()));
		bureau.find("#open-election").click();
		bureau.page().waitForLoadState();
		assertThat(bureau.find("section")).containsText("选民3人");
		// No votes shown while voting.
		assertThat(bureau.find("#candidates tbody tr td:nth-child(2)")).hasText(new String[] { "", "" });

		// Two of three vote, one each: valid (2 ≥ 2/3 × 3) but nobody has more than half.
		BrowserSession forX = signedIn(chromium, vx);
		BrowserSession forY = signedIn(chromium, vy);
		BrowserSession forZ = signedIn(chromium, vz);
		vote(forX, first, x);
		vote(forY, first, y);
		// The same voter comes back: the page says so and offers no second ballot.
		forY.go("/cadres/ballot/" + first);
		assertThat(forY.find("#voted")).hasText("您已在本次选举中投票。");
		assertThat(forY.find("#cast")).hasCount(0);

		bureau.go("/cadres/elections/" + first);
		bureau.find("#close-election").click();
		bureau.page().waitForLoadState();
		assertThat(bureau.find("#result")).containsText("应到选民3人，实投2票");
		assertThat(bureau.find("#result")).not().containsText("当选：");
		bureau.screenshot("first-round-no-majority");
		// The third voter missed the first round: it is closed.
		forZ.go("/cadres/ballot/" + first);
		assertThat(forZ.find("#cast")).hasCount(0);
		forZ.go("/cadres/ballots");
		assertThat(forZ.find("#ballots-empty")).hasText("目前没有等待您投票的选举。");

		bureau.find("#result a").click();
		bureau.page().waitForLoadState();
		long runoff = Long.parseLong(bureau.path().substring("/cadres/elections/".length()));
		assertThat(runoff).isNotEqualTo(first);
		assertThat(bureau.find("#candidates tbody tr")).hasCount(2);
		bureau.find("#open-election").click();
		bureau.page().waitForLoadState();

		vote(forX, runoff, x);
		vote(forY, runoff, y);
		vote(forZ, runoff, x);

		bureau.go("/cadres/elections/" + runoff);
		bureau.find("#close-election").click();
		bureau.page().waitForLoadState();
		assertThat(bureau.find("#result")).containsText("应到选民3人，实投3票");
		assertThat(bureau.find("#result")).containsText("当选：" + x.name());
		assertThat(bureau.find("#candidates tbody tr:has-text('" + x.name() + "') td").nth(1)).hasText("2");
		assertThat(bureau.find("#candidates tbody tr:has-text('" + y.name() + "') td").nth(1)).hasText("1");

		LocalDate today = LocalDate.now();
		bureau.find("#notice-on").fill(today.toString());
		bureau.find("#post-notice").click();
		bureau.page().waitForLoadState();
		assertThat(bureau.find("#notice-period")).containsText("公示期：" + today);
		assertThat(bureau.find("#notice-period")).containsText(cadres.noticeEnd(today).due().toString());
		bureau.screenshot("elected-and-noticed");
	}

	private static BrowserSession signedIn(Chromium chromium, String voter) {
		BrowserSession browser = chromium.open(Locale.SIMPLIFIED_CHINESE);
		browser.page().setDefaultTimeout(90_000);
		browser.signIn(voter, TestAccounts.PASSWORD);
		return browser;
	}

	private static void vote(BrowserSession browser, long election, StaffView choice) {
		// The voter finds the open election under 我的选票.
		browser.go("/cadres/ballots");
		browser.find("#ballots a[href$='/cadres/ballot/" + election + "']").click();
		browser.page().waitForLoadState();
		browser.find("label:has-text('" + choice.name() + "')").click();
		browser.find("#cast").click();
		browser.page().waitForLoadState();
		assertThat(browser.find("#problems")).hasCount(0);
		assertThat(browser.find("#voted")).hasText("您已在本次选举中投票。");
		browser.go("/cadres/ballots");
		assertThat(browser.find("a[href$='/cadres/ballot/" + election + "']")).hasCount(0);
	}

	private StaffView person(String name, UnitView unit) {
		// A first-grade teacher at work since 2005: a candidate who meets the conditions.
		return accounts.asSystem(() -> staff.create(DataScope.all(),
				ScopeChecks.teacher(accounts, name, unit.code(), LocalDate.of(1980, 3, 3), LocalDate.of(2005, 9, 1))
					.toBuilder()
					.titleLevel(TitleLevel.FIRST)
					.workStartDate(LocalDate.of(2005, 9, 1))
					.build()));
	}

}
