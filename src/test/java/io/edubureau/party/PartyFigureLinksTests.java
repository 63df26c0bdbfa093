package io.edubureau.party;

import java.time.LocalDate;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.security.ScopeChecks;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.edubureau.security.ScopeChecks.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Party's figure records carry the person of each row (issue 13): a staff applicant's
 * name links to their page for a reader who may open it, a non-staff applicant's name is
 * listed without a link.
 */
@EduBureauTest
class PartyFigureLinksTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	PartyManagement party;

	@Test
	void aStaffApplicantLinksANonStaffOneDoesNot() throws Exception {
		County county = accounts.county();
		String tag = TestAccounts.uniqueCode().substring(6);
		LocalDate today = LocalDate.now();
		StaffView teacher = accounts.asSystem(() -> staff.create(DataScope.all(), ScopeChecks.teacher(accounts,
				"党链" + tag, county.schoolA().code(), LocalDate.of(1995, 5, 5), LocalDate.of(2018, 9, 1))));
		long branch = accounts
			.asSystem(
					() -> party
						.createOrganisation(DataScope.all(),
								new PartyForms.OrganisationForm("链接支部" + tag, OrganisationKind.BRANCH, null,
										county.schoolA().id(), null, LocalDate.of(2028, 6, 30))))
			.id();
		accounts.asSystem(() -> party.apply(DataScope.all(),
				new PartyForms.ApplicationForm(branch, teacher.id(), teacher.name(), LocalDate.of(1995, 5, 5), today)));
		accounts.asSystem(() -> party.apply(DataScope.all(),
				new PartyForms.ApplicationForm(branch, null, "编外" + tag, LocalDate.of(1996, 6, 6), today)));

		String page = read(mvc, accounts.as(accounts.account("BUREAU_OFFICER", county.bureau())),
				"/reports/figures/party.applicants/records?year=" + today.getYear());
		assertThat(page).contains(teacher.name(), "编外" + tag, "href=\"/staff/" + teacher.id() + "\"");
		// Only the staff member links: the number of links to staff pages next to the
		// outsider's name is nil.
		int outsider = page.indexOf("编外" + tag);
		assertThat(page.substring(Math.max(0, outsider - 40), outsider)).doesNotContain("href=\"/staff/");
	}

}
