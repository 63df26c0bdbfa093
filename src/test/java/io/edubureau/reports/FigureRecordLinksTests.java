package io.edubureau.reports;

import java.time.LocalDate;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.security.ScopeChecks;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import io.edubureau.training.CompletionForm;
import io.edubureau.training.ProgrammeForm;
import io.edubureau.training.ProgrammeView;
import io.edubureau.training.ReviewForm;
import io.edubureau.training.TrainingCategory;
import io.edubureau.training.TrainingLevel;
import io.edubureau.training.TrainingManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.edubureau.security.ScopeChecks.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figure book's record lists link a person's name to their page where the reader may
 * open it: a school sees the link for the teacher it hired and still has, the name
 * without a link for the one it hired who has since moved to another school; the bureau,
 * which sees both schools, has both links. The API's lineage answer is unchanged. The
 * same rule holds for another module's people (training's records of last year: the
 * person who has since moved to another school is listed without a link), since every
 * module's records carry the person and reports keeps the links the reader may open.
 */
@EduBureauTest
class FigureRecordLinksTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	TrainingManagement training;

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

	@Test
	void anotherModulesPeopleLinkByTheSameRule() throws Exception {
		County county = accounts.county();
		DataScope bureauScope = DataScope.unitAndBelow(county.bureau().id());
		String tag = TestAccounts.uniqueCode().substring(6);
		int lastYear = LocalDate.now().getYear() - 1;
		LocalDate completed = LocalDate.of(lastYear, 12, 1);
		StaffView stays = hire("培训留校" + tag, county, LocalDate.of(2015, 9, 1));
		StaffView moves = hire("培训调走" + tag, county, LocalDate.of(2015, 9, 1));
		String code = "L" + TestAccounts.uniqueCode();
		ProgrammeView programme = accounts.asSystem(() -> training.createProgramme(bureauScope,
				new ProgrammeForm(code, "链接培训 " + code, TrainingLevel.COUNTY, TrainingCategory.CENTRALISED, 24,
						LocalDate.of(lastYear, 11, 1), completed, "县教师发展中心", null, null, null)));
		for (StaffView p : new StaffView[] { stays, moves }) {
			accounts.asSystem(() -> {
				var r = training.enrol(bureauScope, programme.id(), p.id());
				training.complete(bureauScope, r.id(), new CompletionForm(24, completed, "C-" + r.id()));
				return training.review(bureauScope, r.id(), new ReviewForm(true, null));
			});
		}
		// Counted at school A on 31 December of last year, at school B now.
		accounts.asSystem(
				() -> staff.transfer(DataScope.all(), moves.id(), county.schoolB().code(), LocalDate.now(), "统筹调剂"));
		String url = "/reports/figures/training.hours/records?year=" + lastYear;

		String school = read(mvc, accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA())),
				url + "&unit=" + county.schoolA().code());
		assertThat(school).contains(stays.name(), moves.name(), "href=\"/staff/" + stays.id() + "\"")
			.doesNotContain("href=\"/staff/" + moves.id() + "\"");
		String bureau = read(mvc, accounts.as(accounts.account("BUREAU_OFFICER", county.bureau())), url);
		assertThat(bureau).contains("href=\"/staff/" + stays.id() + "\"", "href=\"/staff/" + moves.id() + "\"");
		// The participants' list (one row per person) links the same way.
		String participants = read(mvc, accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA())),
				"/reports/figures/training.participants/records?year=" + lastYear + "&unit=" + county.schoolA().code());
		assertThat(participants).contains("href=\"/staff/" + stays.id() + "\"", moves.name())
			.doesNotContain("href=\"/staff/" + moves.id() + "\"");
	}

	private StaffView hire(String name, County county, LocalDate on) {
		return accounts.asSystem(() -> staff.create(DataScope.all(),
				ScopeChecks.teacher(accounts, name, county.schoolA().code(), LocalDate.of(1995, 5, 5), on)));
	}

}
