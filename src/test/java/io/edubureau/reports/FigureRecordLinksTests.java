package io.edubureau.reports;

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
 * The figure book's record lists link a person's name to their page where the reader may
 * open it: a school sees the link for the teacher it hired and still has, the name
 * without a link for the one it hired who has since moved to another school; the bureau,
 * which sees both schools, has both links. The API's lineage answer is unchanged.
 */
@EduBureauTest
class FigureRecordLinksTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Test
	void aNameLinksToThePersonWhereTheReaderMayOpenThem() throws Exception {
		County county = accounts.county();
		String tag = TestAccounts.uniqueCode().substring(6);
		LocalDate hired = LocalDate.now().minusDays(2);
		int year = hired.getYear();
		StaffView stays = hire("留校" + tag, county, hired);
		StaffView moves = hire("调走" + tag, county, hired);
		accounts.asSystem(
				() -> staff.transfer(DataScope.all(), moves.id(), county.schoolB().code(), hired.plusDays(1), "统筹调剂"));
		String url = "/reports/figures/recruitment.total/records?year=" + year + "&unit=" + county.schoolA().code();

		String school = read(mvc, accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA())), url);
		assertThat(school).contains(moves.name(), "href=\"/staff/" + stays.id() + "\"")
			.doesNotContain("href=\"/staff/" + moves.id() + "\"");
		// The bureau's own list of the county: it sees both schools, so both names link.
		String bureau = read(mvc, accounts.as(accounts.account("BUREAU_OFFICER", county.bureau())),
				"/reports/figures/recruitment.total/records?year=" + year);
		assertThat(bureau).contains("href=\"/staff/" + stays.id() + "\"", "href=\"/staff/" + moves.id() + "\"");
		String api = read(mvc, accounts.as(accounts.account("BUREAU_OFFICER", county.bureau())),
				"/api/v1/reports/figures/recruitment.total/records?year=" + year + "&unit=" + county.schoolA().code());
		assertThat(api).contains(stays.name()).doesNotContain("staffIds");
	}

	private StaffView hire(String name, County county, LocalDate on) {
		return accounts.asSystem(() -> staff.create(DataScope.all(),
				ScopeChecks.teacher(accounts, name, county.schoolA().code(), LocalDate.of(1995, 5, 5), on)));
	}

}
