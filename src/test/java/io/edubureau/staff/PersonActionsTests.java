package io.edubureau.staff;

import java.time.LocalDate;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.security.ScopeChecks;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.edubureau.security.ScopeChecks.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The person page's 办理 menu (issue 13) lists what this reader may do for this person,
 * each item opening its form with the person preselected: the bureau officer sees the
 * bureau's actions, the school administrator its school's (a transfer request, no direct
 * transfer), the teacher on their own page only their own title eligibility, and a school
 * administrator of another school does not reach the page at all.
 */
@EduBureauTest
class PersonActionsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Test
	void eachReaderSeesTheActionsTheyMayTake() throws Exception {
		County county = accounts.county();
		StaffView p = accounts.asSystem(() -> staff.create(DataScope.all(),
				ScopeChecks.teacher(accounts, "办理菜单" + TestAccounts.uniqueCode().substring(6), county.schoolA().code(),
						LocalDate.of(1985, 3, 3), LocalDate.of(2010, 9, 1))));
		String page = "/staff/" + p.id();

		String officer = read(mvc, accounts.as(accounts.account("BUREAU_OFFICER", county.bureau())), page);
		assertThat(officer)
			.contains("id=\"person-actions\"", "办理",
					"id=\"action-transfer-request\" href=\"/staff/transfers/new?staffId=" + p.id() + "\"",
					"id=\"action-direct-transfer\" href=\"#direct-transfer\"", "id=\"direct-transfer\"",
					"id=\"action-end\" href=\"#end-of-service\"", "id=\"end-of-service\"", "id=\"action-period\"",
					"id=\"action-death\"", "id=\"action-file-audit\"", "id=\"action-sanction\"",
					"id=\"action-training-ledger\" href=\"/training/ledger/" + p.id() + "\"",
					"id=\"action-title-eligibility\" href=\"/titles/eligibility?staffId=" + p.id() + "\"",
					"id=\"action-registration\" href=\"/registration/teachers/" + p.id() + "\"",
					"id=\"action-exchange\" href=\"/exchange/people/" + p.id() + "\"")
			.doesNotContain("id=\"action-pay\"");

		String school = read(mvc, accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA())), page);
		assertThat(school)
			.contains("id=\"action-transfer-request\"", "id=\"action-pay\" href=\"/pay/" + p.id() + "\"",
					"id=\"action-file-entry\"")
			.doesNotContain("id=\"action-direct-transfer\"", "id=\"action-end\"", "id=\"action-sanction\"",
					"id=\"action-death\"");

		String teacher = read(mvc, accounts.as(accounts.account("TEACHER", county.schoolA(), p.id())), page);
		assertThat(teacher).contains("id=\"action-title-eligibility\"")
			.doesNotContain("id=\"action-transfer-request\"", "id=\"action-direct-transfer\"", "id=\"action-end\"",
					"id=\"action-period\"", "id=\"action-file-entry\"", "id=\"action-training-ledger\"",
					"id=\"action-pay\"");
		// A teacher's menu never opens another person's page.
		StaffView colleague = accounts.asSystem(() -> staff.create(DataScope.all(),
				ScopeChecks.teacher(accounts, "同校教师" + TestAccounts.uniqueCode().substring(6), county.schoolA().code(),
						LocalDate.of(1986, 4, 4), LocalDate.of(2011, 9, 1))));
		mvc.perform(get("/staff/" + colleague.id())
			.with(accounts.as(accounts.account("TEACHER", county.schoolA(), p.id())))).andExpect(status().isNotFound());

		// Another school's administrator does not reach the page (the existing rule).
		mvc.perform(get(page).with(accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolB()))))
			.andExpect(status().isNotFound());
	}

	@Test
	void anEndedPersonOffersNoActionOnTheirStanding() throws Exception {
		County county = accounts.county();
		StaffView p = accounts.asSystem(() -> staff.create(DataScope.all(),
				ScopeChecks.teacher(accounts, "已离岗" + TestAccounts.uniqueCode().substring(6), county.schoolA().code(),
						LocalDate.of(1980, 1, 1), LocalDate.of(2005, 9, 1))));
		accounts.asSystem(() -> staff.end(DataScope.all(), p.id(), StaffStatus.LEFT, LocalDate.now(), "辞职"));
		String officer = read(mvc, accounts.as(accounts.account("BUREAU_OFFICER", county.bureau())),
				"/staff/" + p.id());
		assertThat(officer).contains("id=\"action-training-ledger\"")
			.doesNotContain("id=\"action-transfer-request\"", "id=\"action-direct-transfer\"", "id=\"action-end\"",
					"id=\"action-period\"", "id=\"action-title-eligibility\"");
	}

}
