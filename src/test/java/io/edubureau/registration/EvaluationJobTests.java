package io.edubureau.registration;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.AuditQuery;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.sheet.BackgroundJobs;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, item 17: evaluating a cycle is a background job on the import jobs' mechanism
 * — 202 with Location in the API and a job resource with state, progress and result; on
 * the page a progress bar that polls until the summary shows.
 */
@EduBureauTest
class EvaluationJobTests {

	final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	RegistrationManagement registration;

	@Autowired
	AuditManagement audit;

	County county;

	String schoolA;

	String schoolB;

	String bureau;

	long cycle;

	List<StaffView> teachers;

	@BeforeEach
	void setUp() throws Exception {
		county = accounts.county();
		schoolA = accounts.account("SCHOOL_ADMIN", county.schoolA());
		schoolB = accounts.account("SCHOOL_ADMIN", county.schoolB());
		bureau = accounts.account("BUREAU_OFFICER", county.bureau());
		teachers = List.of(teacher("作业甲"), teacher("作业乙"), teacher("作业丙"));
		LocalDate due = LocalDate.now().plusMonths(1);
		String body = mvc
			.perform(post("/api/v1/registration/cycles").with(TestAccounts.basic(bureau))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"作业测试注册%s\",\"dueDate\":\"%s\"}".formatted(TestAccounts.uniqueCode(), due)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		cycle = Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+).*$", "$1"));
	}

	StaffView teacher(String name) {
		return accounts.asSystem(() -> staff.create(DataScope.all(), TestAccounts
			.teacher(accounts.idNumber(LocalDate.of(1980, 5, 5), false), name, county.schoolA().code())));
	}

	@Test
	void theApiAnswers202WithTheJobWhoseResultCountsTheEvaluations() throws Exception {
		MvcResult accepted = mvc
			.perform(post("/api/v1/registration/cycles/" + cycle + "/evaluate").with(TestAccounts.basic(schoolA))
				.header("Accept-Language", "zh-CN"))
			.andReturn();
		assertThat(accepted.getResponse().getStatus()).isEqualTo(202);
		String location = accepted.getResponse().getHeader(HttpHeaders.LOCATION);
		assertThat(location).matches("/api/v1/registration/jobs/[0-9a-f-]{36}");
		JsonNode started = json.readTree(accepted.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(started.get("location").asString()).isEqualTo(location);
		assertThat(started.get("state").asString()).isIn("QUEUED", "RUNNING", "DONE");
		assertThat(started.get("label").asString()).contains("作业测试注册");

		JsonNode done = BackgroundJobs.awaitDone(mvc, accepted, TestAccounts.basic(schoolA));
		List<EvaluationView> evaluations = accounts
			.asSystem(() -> registration.evaluations(DataScope.unitAndBelow(county.schoolA().id()), cycle));
		assertThat(evaluations).extracting(EvaluationView::staffId)
			.containsAll(teachers.stream().map(StaffView::id).toList());
		JsonNode result = done.get("result");
		assertThat(result.get("evaluations").asInt()).isEqualTo(evaluations.size());
		for (RegistrationOutcome o : RegistrationOutcome.values()) {
			assertThat(result.get(o.name()).asInt()).as(o.name())
				.isEqualTo((int) evaluations.stream().filter(e -> e.outcome() == o).count());
		}
		assertThat(result.get("cycle").asString()).isEqualTo("/api/v1/registration/cycles/" + cycle);
		assertThat(done.get("percent").asInt()).isEqualTo(100);
		assertThat(done.get("done").asInt()).isEqualTo(done.get("total").asInt()).isGreaterThanOrEqualTo(3);
		assertThat(done.get("message").asString()).startsWith("评定完成").contains(evaluations.size() + "条");
		assertThat(done.get("finishedAt").isNull()).isFalse();
		// The background thread acted as whoever started the job: the audit names them.
		assertThat(audit
			.search(new AuditQuery(schoolA, RegistrationManagement.EVALUATION, null, AuditAction.CREATE, null, null),
					PageRequest.of(0, 10))
			.getTotalElements()).isEqualTo(evaluations.size());

		// Only whoever started it sees the job; an unknown job is not found either.
		mvc.perform(get(location).with(TestAccounts.basic(schoolB))).andExpect(status().isNotFound());
		mvc.perform(
				get("/api/v1/registration/jobs/00000000-0000-0000-0000-000000000000").with(TestAccounts.basic(schoolA)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aClosedOrUnknownCycleIsRefusedAtOnceWithoutAJob() throws Exception {
		mvc.perform(post("/api/v1/registration/cycles/" + cycle + "/close").with(TestAccounts.basic(bureau)))
			.andExpect(status().isOk());
		MvcResult closed = mvc
			.perform(post("/api/v1/registration/cycles/" + cycle + "/evaluate").with(TestAccounts.basic(schoolA))
				.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("is closed")))
			.andReturn();
		assertThat(closed.getResponse().getHeader(HttpHeaders.LOCATION)).isNull();
		mvc.perform(
				post("/api/v1/registration/cycles/" + Long.MAX_VALUE + "/evaluate").with(TestAccounts.basic(schoolA)))
			.andExpect(status().isNotFound());
	}

	@Test
	void thePageShowsTheProgressThenTheSummaryInTheUsersLanguage() throws Exception {
		String jobPage = mvc
			.perform(post("/registration/cycles/" + cycle + "/evaluate").with(accounts.as(schoolA))
				.with(csrf())
				.locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(jobPage).matches("/registration/cycles/" + cycle + "/jobs/[0-9a-f-]{36}");
		// htmx polls the status alone.
		mvc.perform(get(jobPage).with(accounts.as(schoolA)).header("HX-Request", "true").locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"action-job\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
		String zh = BackgroundJobs.awaitPage(mvc, jobPage, accounts.as(schoolA), Locale.SIMPLIFIED_CHINESE);
		assertThat(zh).contains("id=\"action-done\"")
			.contains("评定完成")
			.contains("返回本批次")
			.doesNotContain("Evaluation finished");
		String en = BackgroundJobs.awaitPage(mvc, jobPage, accounts.as(schoolA), Locale.ENGLISH);
		// The summary was written in the language of whoever started the job.
		assertThat(en).contains("Back to the cycle").contains("评定完成");
		mvc.perform(get(jobPage).with(accounts.as(schoolB))).andExpect(status().isNotFound());
		assertThat(
				accounts.asSystem(() -> registration.evaluations(DataScope.unitAndBelow(county.schoolA().id()), cycle)))
			.hasSizeGreaterThanOrEqualTo(3);
	}

}
