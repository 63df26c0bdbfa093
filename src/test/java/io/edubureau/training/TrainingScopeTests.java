package io.edubureau.training;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.UnitView;
import io.edubureau.security.ScopeChecks;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static io.edubureau.security.ScopeChecks.MISSING;
import static io.edubureau.security.ScopeChecks.answers;
import static io.edubureau.security.ScopeChecks.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Training data scope through pages, API, import and guessed ids: programmes
 * (school-based ones belong to a school), records, ledgers, completion by unit, plan.
 */
@EduBureauTest
class TrainingScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	TrainingManagement training;

	LocalDate today = LocalDate.now();

	String tag = TestAccounts.uniqueCode();

	StaffView teacher(String name, UnitView unit) {
		return accounts.asSystem(() -> staff.create(DataScope.all(),
				ScopeChecks.teacher(accounts, name + tag, unit.code(), LocalDate.of(1988, 3, 3), today.minusYears(2))));
	}

	ProgrammeView programme(DataScope scope, TrainingLevel level, String name) {
		String code = "P" + TestAccounts.uniqueCode();
		return accounts.asSystem(() -> training.createProgramme(scope,
				new ProgrammeForm(code, name + tag, level,
						level == TrainingLevel.SCHOOL ? TrainingCategory.SCHOOL_BASED : TrainingCategory.CENTRALISED,
						20, today.minusMonths(2), today.minusMonths(1), null, null, null, null)));
	}

	TrainingRecordView completed(DataScope scope, ProgrammeView p, StaffView person) {
		return accounts.asSystem(() -> {
			TrainingRecordView r = training.enrol(scope, p.id(), person.id());
			return training.complete(scope, r.id(), new CompletionForm(20, today.minusDays(20), "S-" + r.id()));
		});
	}

	@Test
	void schoolAdministratorTeacherInspectorAndOfficer() throws Exception {
		County county = accounts.county();
		County elsewhere = accounts.county();
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		DataScope scopeA = DataScope.unitAndBelow(county.schoolA().id());
		DataScope scopeB = DataScope.unitAndBelow(county.schoolB().id());
		StaffView a = teacher("甲校学员", county.schoolA());
		StaffView a2 = teacher("甲校同事", county.schoolA());
		StaffView b = teacher("乙校学员", county.schoolB());
		ProgrammeView countyWide = programme(bureau, TrainingLevel.COUNTY, "县级范围培训");
		ProgrammeView ownA = programme(scopeA, TrainingLevel.SCHOOL, "甲校校本");
		ProgrammeView ownB = programme(scopeB, TrainingLevel.SCHOOL, "乙校校本");
		ProgrammeView otherCounty = programme(DataScope.unitAndBelow(elsewhere.bureau().id()), TrainingLevel.COUNTY,
				"外县培训");
		TrainingRecordView recA = completed(bureau, countyWide, a);
		TrainingRecordView recA2 = completed(bureau, countyWide, a2);
		TrainingRecordView recB = completed(bureau, countyWide, b);
		TrainingRecordView recOwnB = completed(scopeB, ownB, b);
		int year = today.getYear();
		PlanLineView lineB = accounts.asSystem(() -> training.addPlanLine(scopeB, year,
				new PlanLineForm(null, "乙校计划" + tag, TrainingLevel.SCHOOL, 5, 10, BigDecimal.TEN, null)));
		accounts.asSystem(() -> training.addPlanLine(scopeA, year,
				new PlanLineForm(null, "甲校计划" + tag, TrainingLevel.SCHOOL, 5, 10, BigDecimal.TEN, null)));

		var adminA = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA()));
		var teacherA = accounts.as(accounts.account("TEACHER", county.schoolA(), a.id()));
		var inspector = accounts.as(accounts.account("INSPECTOR", county.bureau()));
		var officer = accounts.as(accounts.account("BUREAU_OFFICER", county.bureau()));

		// (1) Lists and search: A's and the county's programmes, never B's or another
		// county's.
		for (String url : new String[] { "/training", "/api/v1/training/programmes" }) {
			assertThat(read(mvc, adminA, url)).contains(ownA.code(), countyWide.code())
				.doesNotContain(ownB.code(), otherCounty.code());
			assertThat(read(mvc, inspector, url)).contains(ownA.code(), ownB.code());
			assertThat(read(mvc, officer, url)).contains(ownB.code()).doesNotContain(otherCounty.code());
		}
		for (String url : new String[] { "/training/programmes/" + countyWide.id(),
				"/api/v1/training/programmes/" + countyWide.id() + "/enrolments" }) {
			assertThat(read(mvc, adminA, url)).contains(a.name(), a2.name()).doesNotContain(b.name());
			assertThat(read(mvc, inspector, url)).contains(a.name(), b.name());
		}
		for (String url : new String[] { "/training/plan?year=" + year, "/api/v1/training/plan?year=" + year }) {
			assertThat(read(mvc, adminA, url)).contains("甲校计划" + tag).doesNotContain("乙校计划" + tag);
			assertThat(read(mvc, officer, url)).contains("甲校计划" + tag, "乙校计划" + tag);
		}
		// The review queue (completed, not yet credited) is the county's own.
		var farOfficer = accounts.as(accounts.account("BUREAU_OFFICER", elsewhere.bureau()));
		for (String url : new String[] { "/training/reviews", "/api/v1/training/reviews" }) {
			assertThat(read(mvc, officer, url)).contains(a.name(), b.name());
			assertThat(read(mvc, farOfficer, url)).doesNotContain(a.name(), b.name());
			answers(mvc, adminA, 403, url);
		}
		answers(mvc,
				post("/api/v1/training/records/" + recB.id() + "/review").with(farOfficer)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"accept\": true}"),
				404);
		for (String url : new String[] { "/training/completion", "/api/v1/training/completion" }) {
			assertThat(read(mvc, adminA, url)).doesNotContain(county.schoolB().code());
		}

		// (3) B's ids and ids that do not exist: 404 on pages and API, not 403.
		for (long programme : new long[] { ownB.id(), otherCounty.id(), MISSING }) {
			answers(mvc, adminA, 404, "/training/programmes/" + programme, "/api/v1/training/programmes/" + programme,
					"/api/v1/training/programmes/" + programme + "/enrolments");
		}
		for (long record : new long[] { recB.id(), recOwnB.id(), MISSING }) {
			answers(mvc, adminA, 404, "/api/v1/training/records/" + record,
					"/api/v1/training/records/" + record + "/certificate",
					"/training/records/" + record + "/certificate");
			answers(mvc,
					post("/api/v1/training/records/" + record + "/completion").with(adminA)
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"hours\": 1, \"completedOn\": \"%s\"}".formatted(today.minusDays(1))),
					404);
		}
		for (long person : new long[] { b.id(), MISSING }) {
			answers(mvc, adminA, 404, "/training/ledger/" + person, "/api/v1/training/ledger/" + person,
					"/api/v1/training/hours/" + person + "?from=2020-01-01&to=" + today);
		}
		answers(mvc, post("/api/v1/training/plan/" + lineB.id() + "/archive").with(adminA), 404);
		answers(mvc,
				post("/api/v1/training/programmes/" + ownB.id() + "/enrolments").with(adminA)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"staffId\": " + a.id() + "}"),
				404);
		// The import finds neither B's person nor B's programme: every row refused.
		String csv = "id_number,programme,hours,completed_on,certificate_number\n" + b.idNumber() + ","
				+ countyWide.code() + ",10," + today.minusDays(3) + ",X1\n" + a.idNumber() + "," + ownB.code() + ",10,"
				+ today.minusDays(3) + ",X2\n";
		mvc.perform(multipart("/api/v1/training/import")
			.file(new MockMultipartFile("file", "r.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("dryRun", "true")
			.with(adminA)
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(2));

		// B's unit as organiser answers like a unit that does not exist (422 on the
		// field).
		for (String unit : new String[] { county.schoolB().code(), TestAccounts.uniqueCode() }) {
			mvc.perform(post("/api/v1/training/programmes").with(adminA)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code": "X%s", "name": "越权", "level": "SCHOOL", "category": "SCHOOL_BASED", "hours": 5,
						 "startDate": "%s", "endDate": "%s", "unitCode": "%s"}""".formatted(tag, today, today, unit)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("unitCode"));
		}
		// Another school's import job (its report names B's people) is not found.
		var adminB = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolB()));
		String job = mvc
			.perform(multipart("/training/import")
				.file(new MockMultipartFile("file", "r.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.param("dryRun", "true")
				.with(adminB)
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(job).startsWith("/training/import/jobs/");
		answers(mvc, adminB, 200, job);
		answers(mvc, adminA, 404, job, job + "/report", "/training/import/jobs/" + java.util.UUID.randomUUID());

		// (5) The teacher: their own ledger and records only; no programme lists.
		assertThat(read(mvc, teacherA, "/training/ledger/" + a.id())).contains(a.name());
		assertThat(read(mvc, teacherA, "/api/v1/training/records/" + recA.id())).contains(a.name());
		answers(mvc, teacherA, 404, "/training/ledger/" + a2.id(), "/api/v1/training/ledger/" + a2.id(),
				"/api/v1/training/ledger/" + b.id(),
				"/api/v1/training/hours/" + a2.id() + "?from=2020-01-01&to=" + today,
				"/api/v1/training/records/" + recA2.id(), "/api/v1/training/records/" + recB.id(),
				"/api/v1/training/records/" + MISSING);
		answers(mvc, teacherA, 403, "/training", "/api/v1/training/programmes", "/training/completion",
				"/api/v1/training/plan?year=" + year);

		// Inspector and officer see B's records.
		for (var all : java.util.List.of(inspector, officer)) {
			answers(mvc, all, 200, "/training/programmes/" + ownB.id(), "/api/v1/training/records/" + recB.id(),
					"/api/v1/training/ledger/" + b.id());
		}
	}

}
