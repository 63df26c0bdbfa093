package io.edubureau.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.UnitView;
import io.edubureau.security.ScopeChecks;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.AppraisalResult;
import io.edubureau.staff.FileCategory;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static io.edubureau.security.ScopeChecks.MISSING;
import static io.edubureau.security.ScopeChecks.answers;
import static io.edubureau.security.ScopeChecks.read;
import static io.edubureau.security.ScopeChecks.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Registration data scope: evaluations of a cycle, teacher standings, the due and overdue
 * lists and their export, through pages, API and guessed ids.
 */
@EduBureauTest
class RegistrationScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	TrainingManagement training;

	@Autowired
	RegistrationManagement registration;

	LocalDate today = LocalDate.now();

	String tag = TestAccounts.uniqueCode();

	/** With the file rights the appraisal entries need. */
	static <T> T asOfficer(Supplier<T> work) {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("scope-test", null,
				List.of(new SimpleGrantedAuthority("staff:appraisal:update"),
						new SimpleGrantedAuthority("staff:file:update"))));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** Ten years in service, competent, 360 hours credited: the evaluation passes. */
	StaffView veteran(String name, UnitView unit, DataScope bureau) {
		StaffView p = asOfficer(() -> staff.create(DataScope.all(), ScopeChecks.teacher(accounts, name + tag,
				unit.code(), LocalDate.of(1980, 6, 6), today.minusYears(10))));
		for (int y = today.getYear() - 3; y < today.getYear(); y++) {
			int year = y;
			asOfficer(() -> staff.addFileEntry(DataScope.all(), p.id(), FileCategory.APPRAISALS,
					Map.of("year", year, "result", AppraisalResult.COMPETENT.name(), "ethics", "PASSED")));
		}
		String code = "R" + TestAccounts.uniqueCode();
		asOfficer(() -> {
			ProgrammeView pr = training.createProgramme(bureau,
					new ProgrammeForm(code, "注册范围培训 " + code, TrainingLevel.COUNTY, TrainingCategory.CENTRALISED, 360,
							today.minusMonths(3), today.minusMonths(2), null, null, null, null));
			var r = training.enrol(bureau, pr.id(), p.id());
			training.complete(bureau, r.id(), new CompletionForm(360, today.minusMonths(2), "C-" + r.id()));
			return training.review(bureau, r.id(), new ReviewForm(true, null));
		});
		return p;
	}

	@Test
	void schoolAdministratorTeacherInspectorAndOfficer() throws Exception {
		County county = accounts.county();
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		StaffView a = veteran("甲校注册", county.schoolA(), bureau);
		StaffView b = veteran("乙校注册", county.schoolB(), bureau);
		// A cycle due today: a confirmed pass is valid for five years, inside the
		// 60-month
		// list.
		CycleView cycle = asOfficer(() -> registration.openCycle(bureau, new CycleForm("范围注册 " + tag, today)));
		List<EvaluationView> evaluated = new ArrayList<>();
		for (UnitView school : List.of(county.schoolA(), county.schoolB())) {
			evaluated.addAll(asOfficer(() -> registration.evaluate(DataScope.unitAndBelow(school.id()), cycle.id())));
		}
		long evA = evaluated.stream().filter(e -> e.staffId() == a.id()).findFirst().orElseThrow().id();
		long evB = evaluated.stream().filter(e -> e.staffId() == b.id()).findFirst().orElseThrow().id();
		for (long e : new long[] { evA, evB }) {
			asOfficer(() -> registration.submit(DataScope.all(), e));
			asOfficer(() -> registration.confirm(DataScope.all(), e, null));
		}

		var adminA = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA()));
		var teacherA = accounts.as(accounts.account("TEACHER", county.schoolA(), a.id()));
		var inspector = accounts.as(accounts.account("INSPECTOR", county.bureau()));
		var officer = accounts.as(accounts.account("BUREAU_OFFICER", county.bureau()));

		// (1) Lists on pages and API: A's people, never B's.
		List<String> lists = List.of("/registration/cycles/" + cycle.id(), "/api/v1/registration/cycles/" + cycle.id(),
				"/registration/teachers", "/registration/lists?months=60", "/api/v1/registration/due?months=60");
		for (String url : lists) {
			assertThat(read(mvc, adminA, url)).contains(a.name()).doesNotContain(b.name());
			assertThat(read(mvc, inspector, url)).contains(a.name(), b.name());
			assertThat(read(mvc, officer, url)).contains(b.name());
		}
		assertThat(read(mvc, adminA, "/api/v1/registration/overdue")).doesNotContain(b.name());
		// (2) The exports: the rows of the .xlsx.
		String export = "/registration/lists/export?list=DUE&months=60";
		assertThat(xlsx(mvc, adminA, export)).contains(a.name()).doesNotContain(b.name());
		assertThat(xlsx(mvc, inspector, export)).contains(a.name(), b.name());
		assertThat(xlsx(mvc, adminA, "/registration/lists/export?list=OVERDUE")).doesNotContain(b.name());

		// Evaluating the cycle again touches A's teachers only.
		io.edubureau.sheet.BackgroundJobs.awaitDone(mvc,
				mvc.perform(post("/api/v1/registration/cycles/" + cycle.id() + "/evaluate").with(adminA)).andReturn(),
				adminA);
		String again = read(mvc, adminA, "/api/v1/registration/cycles/" + cycle.id());
		assertThat(again).contains(a.name()).doesNotContain(b.name());

		// (3) B's ids and ids that do not exist: 404.
		for (long e : new long[] { evB, MISSING }) {
			answers(mvc, adminA, 404, "/api/v1/registration/evaluations/" + e);
			answers(mvc, post("/api/v1/registration/evaluations/" + e + "/submit").with(adminA), 404);
			answers(mvc, post("/registration/evaluations/" + e + "/submit").with(adminA), 404);
		}
		for (long person : new long[] { b.id(), MISSING }) {
			answers(mvc, adminA, 404, "/api/v1/registration/teachers/" + person, "/registration/teachers/" + person,
					"/registration/teachers/" + person + "/badge");
		}
		answers(mvc, adminA, 404, "/api/v1/registration/cycles/" + MISSING, "/registration/cycles/" + MISSING);

		// The teacher reads no registration lists at all.
		answers(mvc, teacherA, 403, "/registration", "/registration/teachers/" + a.id(),
				"/api/v1/registration/teachers/" + a.id(), "/registration/lists/export?list=DUE");

		// Inspector and officer see B's records.
		for (var all : List.of(inspector, officer)) {
			answers(mvc, all, 200, "/api/v1/registration/evaluations/" + evB, "/registration/teachers/" + b.id(),
					"/api/v1/registration/teachers/" + b.id());
		}
	}

	/**
	 * Issue 12 item 10: a cycle belongs to the bureau that opened it. Another county's
	 * bureau and schools neither see nor act on it (404 on page, API and actions, left
	 * out of the lists); the schools below the bureau see it and evaluate their own
	 * teachers in it.
	 */
	@Test
	void aCycleBelongsToItsBureausArea() throws Exception {
		County county = accounts.county();
		County elsewhere = accounts.county();
		StaffView a = veteran("甲校归属", county.schoolA(), DataScope.unitAndBelow(county.bureau().id()));
		StaffView far = veteran("外县归属", elsewhere.schoolA(), DataScope.unitAndBelow(elsewhere.bureau().id()));
		String name = "归属注册 " + tag;
		var officer = accounts.as(accounts.account("BUREAU_OFFICER", county.bureau()));
		String created = mvc
			.perform(post("/api/v1/registration/cycles").with(officer)
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("{\"name\": \"" + name + "\", \"dueDate\": \"" + today + "\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(created).contains("\"ownerUnitId\":" + county.bureau().id());
		long cycle = Long.parseLong(created.replaceAll(".*?\"id\":(\\d+).*", "$1"));

		var adminA = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA()));
		var farOfficer = accounts.as(accounts.account("BUREAU_OFFICER", elsewhere.bureau()));
		var farAdmin = accounts.as(accounts.account("SCHOOL_ADMIN", elsewhere.schoolA()));

		// The school below sees the bureau's cycle and evaluates its own teachers in it.
		assertThat(read(mvc, adminA, "/registration")).contains(name);
		assertThat(read(mvc, adminA, "/api/v1/registration/cycles")).contains(name);
		io.edubureau.sheet.BackgroundJobs.awaitDone(mvc,
				mvc.perform(post("/api/v1/registration/cycles/" + cycle + "/evaluate").with(adminA)).andReturn(),
				adminA);
		String evaluated = read(mvc, adminA, "/api/v1/registration/cycles/" + cycle);
		assertThat(evaluated).contains(a.name()).doesNotContain(far.name());

		// Another county: not listed, 404 on pages, API and actions.
		for (var other : List.of(farOfficer, farAdmin)) {
			assertThat(read(mvc, other, "/registration")).doesNotContain(name);
			assertThat(read(mvc, other, "/api/v1/registration/cycles")).doesNotContain(name);
			answers(mvc, other, 404, "/registration/cycles/" + cycle, "/api/v1/registration/cycles/" + cycle);
		}
		answers(mvc, post("/api/v1/registration/cycles/" + cycle + "/close").with(farOfficer), 404);
		answers(mvc, post("/registration/cycles/" + cycle + "/close").with(farOfficer), 404);
		answers(mvc, post("/api/v1/registration/cycles/" + cycle + "/evaluate").with(farAdmin), 404);
		// Its evaluations cannot be confirmed from there either.
		long evA = Long.parseLong(evaluated.replaceAll("(?s).*?\"id\":(\\d+),\"cycleId\".*", "$1"));
		answers(mvc,
				post("/api/v1/registration/evaluations/" + evA + "/confirm").with(farOfficer)
					.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
					.content("{}"),
				404);
		// The owner closes it.
		answers(mvc, post("/api/v1/registration/cycles/" + cycle + "/close").with(officer), 200);
	}

}
