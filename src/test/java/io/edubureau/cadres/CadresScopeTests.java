package io.edubureau.cadres;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.edubureau.EduBureauTest;
import io.edubureau.cadres.Forms.AppointmentForm;
import io.edubureau.cadres.Forms.ElectionForm;
import io.edubureau.cadres.Forms.PostForm;
import io.edubureau.cadres.Forms.ReserveForm;
import io.edubureau.cadres.Forms.RoundForm;
import io.edubureau.cadres.Forms.TallyForm;
import io.edubureau.cadres.Views.AppointmentView;
import io.edubureau.cadres.Views.PostView;
import io.edubureau.cadres.Views.TallyView;
import io.edubureau.org.DataScope;
import io.edubureau.org.UnitView;
import io.edubureau.reports.FigureQuery;
import io.edubureau.security.ScopeChecks;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.edubureau.security.ScopeChecks.answers;
import static io.edubureau.security.ScopeChecks.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A school sees its own cadres only: pages and API lists leave the other school out, and
 * its records answer 404; a teacher reads no roster.
 */
@EduBureauTest
class CadresScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	CadresManagement cadres;

	@Autowired
	CadresFigures figures;

	String tag = TestAccounts.uniqueCode().substring(6);

	int year = LocalDate.now().getYear();

	record Cadre(StaffView person, AppointmentView appointment, TallyView tally, long electionId, long reserveId) {
	}

	Cadre cadre(String name, UnitView school, long round) {
		return accounts.asSystem(() -> {
			// A first-grade teacher at work since 2014: a candidate who meets the
			// conditions.
			StaffView p = staff.create(DataScope.all(), ScopeChecks
				.teacher(accounts, name + tag, school.code(), LocalDate.of(1992, 5, 5), LocalDate.of(2014, 9, 1))
				.toBuilder()
				.titleLevel(io.edubureau.staff.TitleLevel.FIRST)
				.workStartDate(LocalDate.of(2014, 9, 1))
				.build());
			PostView post = cadres.createPost(DataScope.all(), new PostForm(school.id(), PostKind.PRINCIPAL, "校长"));
			AppointmentView a = cadres.appoint(DataScope.all(),
					new AppointmentForm(post.id(), p.id(), LocalDate.of(year, 1, 3), "任" + tag));
			TallyView t = cadres.enterTally(DataScope.all(), round, new TallyForm(a.id(), 10, 20, 5, 5));
			long e = cadres
				.createElection(DataScope.all(),
						new ElectionForm(post.id(), "选举" + name + tag, LocalDate.now(), ElectionMode.PAPER,
								List.of(p.id())))
				.id();
			long r = cadres
				.nominate(DataScope.all(),
						new ReserveForm(school.id(), PostKind.VICE_PRINCIPAL, p.id(), "群众基础好", LocalDate.now()))
				.id();
			return new Cadre(p, a, t, e, r);
		});
	}

	@Test
	void aSchoolSeesOnlyItsOwnCadres() throws Exception {
		County county = accounts.county();
		long round = accounts.asSystem(() -> cadres.openRound(DataScope.all(),
				new RoundForm(year, "范围测评" + tag, List.of(county.schoolA().id(), county.schoolB().id()))))
			.id();
		Cadre a = cadre("范围甲", county.schoolA(), round);
		Cadre b = cadre("范围乙", county.schoolB(), round);
		var school = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA()));
		var officer = accounts.as(accounts.account("BUREAU_OFFICER", county.bureau()));

		assertThat(read(mvc, school, "/api/v1/cadres/posts")).contains(county.schoolA().name())
			.doesNotContain(county.schoolB().name());
		assertThat(read(mvc, officer, "/api/v1/cadres/posts")).contains(county.schoolA().name())
			.contains(county.schoolB().name());
		for (String url : List.of("/api/v1/cadres/appointments", "/api/v1/cadres/rounds/" + round,
				"/api/v1/cadres/elections", "/api/v1/cadres/reserves", "/cadres", "/cadres/rounds/" + round)) {
			String own = read(mvc, school, url);
			assertThat(own).as(url).contains(a.person().name()).doesNotContain(b.person().name());
			assertThat(read(mvc, officer, url)).as(url).contains(a.person().name()).contains(b.person().name());
		}
		// The one page shape of every list (docs/api.md), paged in the query and in
		// scope.
		for (String url : List.of("/api/v1/cadres/appointments", "/api/v1/cadres/elections", "/api/v1/cadres/reserves",
				"/api/v1/cadres/posts")) {
			String all = read(mvc, officer, url);
			int total = JsonPath.read(all, "$.page.totalElements");
			String first = read(mvc, officer, url + "?size=1");
			assertThat((List<?>) JsonPath.read(first, "$.content")).as(url).hasSize(1);
			assertThat((Integer) JsonPath.read(first, "$.page.totalPages")).as(url).isEqualTo(total);
			assertThat((Integer) JsonPath.read(read(mvc, school, url), "$.page.totalElements")).as(url)
				.isLessThan(total);
			answers(mvc, officer, 400, url + "?size=0", url + "?page=-1");
		}
		answers(mvc, school, 404, "/api/v1/cadres/appointments/" + b.appointment().id(),
				"/api/v1/cadres/tallies/" + b.tally().id(), "/api/v1/cadres/elections/" + b.electionId(),
				"/cadres/elections/" + b.electionId(), "/api/v1/cadres/staff/" + b.person().id() + "/appointments");
		answers(mvc, school, 200, "/api/v1/cadres/appointments/" + a.appointment().id(),
				"/api/v1/cadres/tallies/" + a.tally().id(), "/api/v1/cadres/elections/" + a.electionId());
		// Schools read; they do not enter tallies or set up elections.
		answers(mvc,
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders
					.post("/api/v1/cadres/rounds/" + round + "/close")
					.with(school),
				403);
		// The figures count the scope's records only, and list them.
		FigureQuery own = new FigureQuery(DataScope.unitAndBelow(county.schoolA().id()), year,
				LocalDate.of(year, 12, 31), null);
		FigureQuery both = new FigureQuery(DataScope.unitAndBelow(county.bureau().id()), year,
				LocalDate.of(year, 12, 31), null);
		for (String key : List.of("cadres.posts", "cadres.appointed", "cadres.evaluated", "cadres.reserve")) {
			assertThat(figures.compute(own).get(key)).as(key).isEqualByComparingTo("1");
			assertThat(figures.compute(both).get(key)).as(key).isEqualByComparingTo("2");
		}
		assertThat(figures.compute(both).get("cadres.admonished")).isEqualByComparingTo("0");
		assertThat(figures.records("cadres.evaluated", own, 0, 10).rows()).singleElement()
			.satisfies(row -> assertThat(row.get(0)).isEqualTo(a.person().name()));
		var teacher = accounts.as(accounts.account("TEACHER", county.schoolA(), a.person().id()));
		answers(mvc, teacher, 403, "/api/v1/cadres/appointments", "/cadres");
	}

}
