package io.edubureau.titles;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.UnitView;
import io.edubureau.platform.Rejection;
import io.edubureau.security.ScopeChecks;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import io.edubureau.staff.TitleLevel;
import io.edubureau.titles.TitleForms.AdvanceForm;
import io.edubureau.titles.TitleForms.ApplicationForm;
import io.edubureau.titles.TitleForms.DecisionForm;
import io.edubureau.titles.TitleForms.RoundForm;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static io.edubureau.security.ScopeChecks.MISSING;
import static io.edubureau.security.ScopeChecks.answers;
import static io.edubureau.security.ScopeChecks.read;
import static io.edubureau.security.ScopeChecks.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Titles data scope: applications of a round, eligibility per person, the round's export,
 * through pages, API and guessed ids.
 */
@EduBureauTest
class TitlesScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	TitlesManagement titles;

	LocalDate today = LocalDate.now();

	String tag = TestAccounts.uniqueCode();

	StaffView teacher(String name, UnitView unit) {
		return accounts.asSystem(() -> staff.create(DataScope.all(), ScopeChecks.teacher(accounts, name + tag,
				unit.code(), LocalDate.of(1980, 6, 6), today.minusYears(10))));
	}

	RoundView round(UnitView bureau) {
		for (int attempt = 0; attempt < 200; attempt++) {
			int year = ThreadLocalRandom.current().nextInt(2000, 2101);
			try {
				return accounts.asSystem(() -> titles.openRound(DataScope.unitAndBelow(bureau.id()),
						new RoundForm(year, today.minusDays(30), today.plusDays(30))));
			}
			catch (Rejection ex) {
				// That year's round exists; try another.
			}
		}
		throw new IllegalStateException("no free year");
	}

	ApplicationView apply(RoundView round, StaffView person) {
		return accounts.asSystem(() -> titles.apply(DataScope.unitAndBelow(person.unitId()), round.id(),
				new ApplicationForm(person.id(), TitleLevel.FIRST, EnumSet.allOf(TitleMaterial.class))));
	}

	@Test
	void schoolAdministratorTeacherInspectorAndOfficer() throws Exception {
		County county = accounts.county();
		County elsewhere = accounts.county();
		StaffView a = teacher("甲校职称", county.schoolA());
		StaffView a2 = teacher("甲校同事职称", county.schoolA());
		StaffView b = teacher("乙校职称", county.schoolB());
		StaffView far = teacher("外县职称", elsewhere.schoolA());
		RoundView round = round(county.bureau());
		// The other county runs its own round of the same year (issue 12 item 10).
		RoundView farRound = accounts.asSystem(() -> titles.openRound(DataScope.unitAndBelow(elsewhere.bureau().id()),
				new RoundForm(round.year(), today.minusDays(30), today.plusDays(30))));
		ApplicationView appA = apply(round, a);
		ApplicationView appA2 = apply(round, a2);
		ApplicationView appB = apply(round, b);
		ApplicationView appFar = apply(farRound, far);
		// Recommended and qualified, so the round's export lists them.
		for (ApplicationView app : List.of(appA, appB, appFar)) {
			accounts.asSystem(() -> titles.recommend(DataScope.all(), app.id(), new DecisionForm(true, null)));
		}
		for (RoundView r : List.of(round, farRound)) {
			accounts.asSystem(
					() -> titles.advance(DataScope.all(), r.id(), new AdvanceForm(RoundState.REVIEW, null, null)));
		}
		for (ApplicationView app : List.of(appA, appB, appFar)) {
			accounts.asSystem(() -> titles.review(DataScope.all(), app.id(), new DecisionForm(true, "范围测试")));
		}

		var adminA = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA()));
		var teacherA = accounts.as(accounts.account("TEACHER", county.schoolA(), a.id()));
		var inspector = accounts.as(accounts.account("INSPECTOR", county.bureau()));
		var officer = accounts.as(accounts.account("BUREAU_OFFICER", county.bureau()));

		// (1) The round's lists: the school sees its own, the teacher only themself.
		List<String> lists = List.of("/titles/rounds/" + round.id(),
				"/api/v1/titles/rounds/" + round.id() + "/applications");
		for (String url : lists) {
			assertThat(read(mvc, adminA, url)).doesNotContain(b.name(), far.name());
			assertThat(read(mvc, teacherA, url)).doesNotContain(a2.name(), b.name(), far.name());
			assertThat(read(mvc, inspector, url)).contains(b.name()).doesNotContain(far.name());
			assertThat(read(mvc, officer, url)).doesNotContain(far.name());
		}
		assertThat(read(mvc, adminA, "/api/v1/titles/rounds/" + round.id() + "/applications")).contains(a.name(),
				a2.name());
		assertThat(read(mvc, teacherA, "/api/v1/titles/rounds/" + round.id() + "/applications")).contains(a.name())
			.doesNotContain(a2.name());
		// The one page shape of every list (docs/api.md), paged in the query and in
		// scope.
		String applications = "/api/v1/titles/rounds/" + round.id() + "/applications";
		assertThat(read(mvc, adminA, applications + "?size=1")).contains("\"totalElements\":2", "\"size\":1");
		assertThat(read(mvc, teacherA, applications)).contains("\"totalElements\":1");
		assertThat(read(mvc, officer, applications)).contains("\"totalElements\":3");
		answers(mvc, adminA, 400, applications + "?size=0", applications + "?page=-1");
		// The results count the applications in scope.
		String results = "/api/v1/titles/rounds/" + round.id() + "/results";
		assertThat(read(mvc, adminA, results)).contains("\"applicationsByLevel\":{\"FIRST\":2}");
		assertThat(read(mvc, teacherA, results)).contains("\"applicationsByLevel\":{\"FIRST\":1}");
		assertThat(read(mvc, officer, results)).contains("\"applicationsByLevel\":{\"FIRST\":3}");
		assertThat(read(mvc, inspector, results)).contains("\"applicationsByLevel\":{\"FIRST\":3}");
		assertThat(read(mvc, teacherA, "/api/v1/titles/rounds/" + round.id() + "/quotas"))
			.doesNotContain(county.schoolB().code(), elsewhere.schoolA().code());
		assertThat(read(mvc, adminA, "/api/v1/titles/rounds/" + round.id() + "/quotas"))
			.doesNotContain(county.schoolB().code(), elsewhere.schoolA().code());
		// (2) The export for the municipal bureau: the officer's county only.
		String export = "/api/v1/titles/rounds/" + round.id() + "/export";
		assertThat(xlsx(mvc, officer, export)).contains(a.name(), b.name()).doesNotContain(far.name());
		var farOfficer = accounts.as(accounts.account("BUREAU_OFFICER", elsewhere.bureau()));
		assertThat(xlsx(mvc, farOfficer, "/api/v1/titles/rounds/" + farRound.id() + "/export")).contains(far.name())
			.doesNotContain(a.name(), b.name());
		// Another bureau's round: not listed, 404 on every page, API, export and action.
		assertThat(read(mvc, farOfficer, "/api/v1/titles/rounds")).contains("{\"id\":" + farRound.id() + ",\"year\"")
			.doesNotContain("{\"id\":" + round.id() + ",\"year\"");
		assertThat(read(mvc, adminA, "/api/v1/titles/rounds")).contains("{\"id\":" + round.id() + ",\"year\"")
			.doesNotContain("{\"id\":" + farRound.id() + ",\"year\"");
		answers(mvc, farOfficer, 404, export, "/titles/rounds/" + round.id(), "/api/v1/titles/rounds/" + round.id(),
				"/api/v1/titles/rounds/" + round.id() + "/applications",
				"/api/v1/titles/rounds/" + round.id() + "/results", "/api/v1/titles/rounds/" + round.id() + "/quotas");
		answers(mvc,
				post("/api/v1/titles/rounds/" + round.id() + "/advance").with(farOfficer)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"to\": \"VOTING\"}"),
				404);
		answers(mvc, farOfficer, 404, "/api/v1/titles/applications/" + appA.id());
		// A school applies in the round of the bureau above it, not in another bureau's.
		answers(mvc,
				post("/api/v1/titles/rounds/" + farRound.id() + "/applications").with(adminA)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"staffId\": %d, \"target\": \"SENIOR\"}".formatted(a2.id())),
				404);
		answers(mvc, adminA, 403, export);
		answers(mvc, teacherA, 403, export);

		// (3) B's ids and ids that do not exist: 404.
		for (long app : new long[] { appB.id(), appFar.id(), MISSING }) {
			answers(mvc, adminA, 404, "/titles/applications/" + app, "/api/v1/titles/applications/" + app);
			answers(mvc,
					put("/api/v1/titles/applications/" + app + "/materials").with(adminA)
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"provided\": []}"),
					404);
			answers(mvc, post("/titles/applications/" + app + "/recommendation").with(adminA).param("yes", "true"),
					404);
		}
		for (long person : new long[] { b.id(), far.id(), MISSING }) {
			answers(mvc, adminA, 404, "/api/v1/titles/eligibility/" + person + "?target=FIRST",
					"/titles/eligibility?target=FIRST&staffId=" + person);
			answers(mvc,
					post("/api/v1/titles/rounds/" + round.id() + "/applications").with(adminA)
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"staffId\": %d, \"target\": \"SENIOR\"}".formatted(person)),
					404);
		}
		answers(mvc, adminA, 404, "/api/v1/titles/rounds/" + MISSING, "/titles/rounds/" + MISSING);

		// (5) The teacher: their own eligibility and application only.
		answers(mvc, teacherA, 200, "/api/v1/titles/eligibility/" + a.id() + "?target=FIRST",
				"/titles/eligibility?target=FIRST", "/api/v1/titles/applications/" + appA.id());
		for (long person : new long[] { a2.id(), b.id(), MISSING }) {
			answers(mvc, teacherA, 404, "/api/v1/titles/eligibility/" + person + "?target=FIRST",
					"/titles/eligibility?target=FIRST&staffId=" + person);
		}
		for (long app : new long[] { appA2.id(), appB.id(), MISSING }) {
			answers(mvc, teacherA, 404, "/titles/applications/" + app, "/api/v1/titles/applications/" + app);
		}

		answers(mvc,
				post("/api/v1/titles/rounds/" + round.id() + "/applications").with(teacherA)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"staffId\": %d, \"target\": \"SENIOR\"}".formatted(a2.id())),
				404);

		// Inspector and officer see B's.
		for (var all : List.of(inspector, officer)) {
			answers(mvc, all, 200, "/titles/applications/" + appB.id(), "/api/v1/titles/applications/" + appB.id(),
					"/api/v1/titles/eligibility/" + b.id() + "?target=FIRST");
		}
	}

}
