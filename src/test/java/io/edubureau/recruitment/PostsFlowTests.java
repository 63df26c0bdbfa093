package io.edubureau.recruitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.sheet.SheetFiles;
import io.edubureau.staff.StaffForm;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffStatus;
import io.edubureau.staff.TitleLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Post setting, contracts and competitive appointment through the API, at the boundaries
 * the rules name: a plan at the structure ratio accepted and one post above it refused;
 * an appointment filling the last post accepted and one over the plan refused; a grade
 * above the person's title refused; a contract's probation by 第十三条, confirmation refused
 * on the probation's last day and accepted the day after, the end writing the person's
 * status; the expiring list including the last day and not the day after; a competitive
 * appointment appointing the best and recording the handling of the unplaced once.
 */
@EduBureauTest
class PostsFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	County county;

	RequestPostProcessor officer;

	DataScope bureau;

	LocalDate today = LocalDate.now();

	@BeforeEach
	void setUp() {
		county = accounts.county();
		officer = accounts.as(accounts.account("BUREAU_OFFICER", county.bureau()));
		bureau = DataScope.unitAndBelow(county.bureau().id());
	}

	private long person(String name, TitleLevel title, LocalDate birth) {
		StaffForm base = TestAccounts.teacher(accounts.idNumber(birth, false), name, county.schoolA().code());
		StaffForm form = StaffForm.builder()
			.idNumber(base.idNumber())
			.name(name)
			.politicalStatus(base.politicalStatus())
			.unitCode(base.unitCode())
			.employmentType(base.employmentType())
			.postCategory(base.postCategory())
			.fullTimeTeacher(true)
			.stage(base.stage())
			.subject(base.subject())
			.backbone(false)
			.academicLeader(false)
			.hireChannel(base.hireChannel())
			.highestEducation(base.highestEducation())
			.graduateSchoolTier(base.graduateSchoolTier())
			.titleLevel(title)
			.titleDate(title == TitleLevel.NONE ? null : LocalDate.of(2015, 9, 1))
			.build();
		return accounts.asSystem(() -> staff.create(bureau, form)).id();
	}

	private ResultActions postJson(String path, String body) throws Exception {
		return mvc.perform(post(path).with(officer)
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "zh-CN")
			.content(body));
	}

	private static long id(ResultActions result) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

	private String plan(LocalDate from, int senior, int middle, int junior) {
		return "{\"unitId\":" + county.schoolA().id() + ",\"effectiveFrom\":\"" + from
				+ "\",\"document\":\"测人社〔2026〕5号\",\"posts\":{\"PRO_7\":" + senior + ",\"PRO_9\":" + middle
				+ ",\"PRO_12\":" + junior + "}}";
	}

	@Test
	void planAppointmentsAndTitles() throws Exception {
		LocalDate from = today.minusMonths(1);
		// 2 of 10 professional posts senior = 20% > 10%: refused with the reason.
		postJson("/api/v1/posts/plans", plan(from, 2, 3, 5)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("posts"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("超过最高比例 10%")));
		// 1 of 10 = 10%: equal to the share is allowed (不超过).
		postJson("/api/v1/posts/plans", plan(from, 1, 3, 6)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.posts.PRO_7").value(1));
		postJson("/api/v1/posts/plans", plan(from, 1, 3, 6)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"));

		long first = person("一级甲", TitleLevel.FIRST, LocalDate.of(1985, 1, 2));
		long senior1 = person("高级乙", TitleLevel.SENIOR, LocalDate.of(1975, 1, 2));
		long senior2 = person("高级丙", TitleLevel.SENIOR, LocalDate.of(1976, 1, 2));
		// A grade above the title: 专技七级 needs 高级教师.
		postJson("/api/v1/posts/appointments", "{\"staffId\":" + first + ",\"grade\":\"PRO_7\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("grade"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("须具备高级教师及以上职称")));
		postJson("/api/v1/posts/appointments", "{\"staffId\":" + first + ",\"grade\":\"PRO_9\"}")
			.andExpect(status().isCreated());
		// The one post at grade 7: the first fills it (equal allowed), the second is
		// over.
		postJson("/api/v1/posts/appointments", "{\"staffId\":" + senior1 + ",\"grade\":\"PRO_7\"}")
			.andExpect(status().isCreated());
		postJson("/api/v1/posts/appointments", "{\"staffId\":" + senior2 + ",\"grade\":\"PRO_7\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("无空岗")));
		mvc.perform(get("/api/v1/posts/units/" + county.schoolA().id()).with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.grade=='PRO_7')].vacant").value(0))
			.andExpect(jsonPath("$[?(@.grade=='PRO_9')].held").value(1))
			.andExpect(jsonPath("$[?(@.grade=='PRO_9')].vacant").value(2));
		mvc.perform(get("/api/v1/posts/staff/" + first).with(officer))
			.andExpect(jsonPath("$[0].grade").value("PRO_9"))
			.andExpect(jsonPath("$[0].to").doesNotExist());
	}

	@Test
	void contractProbationConfirmationRenewalAndEnd() throws Exception {
		long p = person("合同甲", TitleLevel.SECOND, LocalDate.of(1998, 5, 6));
		LocalDate start = today.minusMonths(12);
		LocalDate end = start.plusYears(3).minusDays(1);
		// A first job with a contract of 3 years: 12 months' probation, ending yesterday.
		long c = id(postJson("/api/v1/contracts",
				"{\"staffId\":" + p + ",\"kind\":\"FIXED_TERM\",\"startsOn\":\"" + start + "\",\"endsOn\":\"" + end
						+ "\",\"postGrade\":\"PRO_12\",\"firstJob\":true}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PROBATION"))
			.andExpect(jsonPath("$.probationMonths").value(12))
			.andExpect(jsonPath("$.probationEnd").value(today.minusDays(1).toString())));
		postJson("/api/v1/contracts",
				"{\"staffId\":" + p + ",\"kind\":\"TO_RETIREMENT\",\"startsOn\":\"" + today + "\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("已有在履行的合同")));
		// Renewal during probation is refused; confirmation on the probation's last day
		// too.
		postJson("/api/v1/contracts/" + c + "/renew", "{\"endsOn\":\"" + end.plusYears(3) + "\"}")
			.andExpect(status().isUnprocessableContent());
		postJson("/api/v1/contracts/" + c + "/confirm", "{\"on\":\"" + today.minusDays(1) + "\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("on"));
		postJson("/api/v1/contracts/" + c + "/confirm", "{\"on\":\"" + today + "\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_FORCE"));
		long next = id(postJson("/api/v1/contracts/" + c + "/renew", "{\"endsOn\":\"" + end.plusYears(5) + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.startsOn").value(end.plusDays(1).toString()))
			.andExpect(jsonPath("$.probationMonths").value(0))
			.andExpect(jsonPath("$.status").value("IN_FORCE")));
		mvc.perform(get("/api/v1/contracts/" + c).with(officer))
			.andExpect(jsonPath("$.contract.status").value("RENEWED"))
			.andExpect(jsonPath("$.history[*].to")
				.value(org.hamcrest.Matchers.contains("PROBATION", "IN_FORCE", "RENEWED")));
		postJson("/api/v1/contracts/" + next + "/end", "{\"on\":\"" + today.plusDays(1) + "\",\"reason\":\"RESIGNED\"}")
			.andExpect(status().isUnprocessableContent());
		postJson("/api/v1/contracts/" + next + "/end", "{\"on\":\"" + today + "\",\"reason\":\"RESIGNED\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ENDED"));
		assertThat(accounts.asSystem(() -> staff.get(bureau, p)).status()).isEqualTo(StaffStatus.LEFT);
		postJson("/api/v1/contracts/" + next + "/end", "{\"on\":\"" + today + "\",\"reason\":\"RESIGNED\"}")
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void expiringListCountsTheLastDayAndMissingListsThoseWithout() throws Exception {
		long p = person("到期甲", TitleLevel.SECOND, LocalDate.of(1990, 5, 6));
		long without = person("无合同乙", TitleLevel.SECOND, LocalDate.of(1991, 5, 6));
		// A short contract, not a first job: no probation, in force at once.
		long c = id(postJson("/api/v1/contracts",
				"{\"staffId\":" + p + ",\"kind\":\"FIXED_TERM\",\"startsOn\":\"" + today.minusYears(2)
						+ "\",\"endsOn\":\"" + today.plusDays(30) + "\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("IN_FORCE")));
		mvc.perform(get("/api/v1/contracts/expiring?days=30").with(officer))
			.andExpect(jsonPath("$.content[?(@.id==" + c + ")].daysLeft").value(30));
		mvc.perform(get("/api/v1/contracts/expiring?days=29").with(officer))
			.andExpect(jsonPath("$.content[?(@.id==" + c + ")]").isEmpty());
		mvc.perform(get("/api/v1/contracts/expiring?days=0").with(officer))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/api/v1/contracts/missing?size=200").with(officer))
			.andExpect(jsonPath("$.content[?(@.staffId==" + without + ")].name").value("无合同乙"))
			.andExpect(jsonPath("$.content[?(@.staffId==" + p + ")]").isEmpty());
	}

	@Test
	void competitiveAppointmentAppointsTheBestAndHandlesTheUnplaced() throws Exception {
		postJson("/api/v1/posts/plans", plan(today.minusMonths(2), 1, 3, 6)).andExpect(status().isCreated());
		long a = person("竞聘甲", TitleLevel.FIRST, LocalDate.of(1986, 1, 2));
		long b = person("竞聘乙", TitleLevel.FIRST, LocalDate.of(1987, 1, 2));
		long d = person("竞聘丙", TitleLevel.FIRST, LocalDate.of(1988, 1, 2));
		long round = id(postJson("/api/v1/posts/competitions", "{\"unitId\":" + county.schoolA().id()
				+ ",\"title\":\"中级岗位竞聘\",\"heldOn\":\"" + today + "\",\"grade\":\"PRO_9\",\"posts\":2}")
			.andExpect(status().isCreated()));
		String base = "/api/v1/posts/competitions/" + round;
		long ca = candidate(base, a);
		long cb = candidate(base, b);
		long cd = candidate(base, d);
		postJson(base + "/candidates", "{\"staffId\":" + a + "}").andExpect(status().isUnprocessableContent());
		postJson(base + "/decide", "").andExpect(status().isUnprocessableContent());
		// A tie at the last post is refused until decided.
		postJson(base + "/scores", "[{\"candidateId\":" + ca + ",\"score\":90},{\"candidateId\":" + cb
				+ ",\"score\":80.5},{\"candidateId\":" + cd + ",\"score\":80.5}]")
			.andExpect(status().isOk());
		postJson(base + "/decide", "").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("成绩相同")));
		postJson(base + "/scores", "[{\"candidateId\":" + cd + ",\"score\":101}]")
			.andExpect(status().isUnprocessableContent());
		postJson(base + "/scores", "[{\"candidateId\":" + cd + ",\"score\":79}]").andExpect(status().isOk());
		postJson(base + "/decide", "").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECIDED"))
			.andExpect(jsonPath("$.candidates[0].outcome").value("APPOINTED"))
			.andExpect(jsonPath("$.candidates[1].outcome").value("APPOINTED"))
			.andExpect(jsonPath("$.candidates[2].outcome").value("UNPLACED"))
			.andExpect(jsonPath("$.candidates[2].rank").value(3));
		mvc.perform(get("/api/v1/posts/staff/" + b).with(officer)).andExpect(jsonPath("$[0].grade").value("PRO_9"));
		postJson(base + "/candidates/" + ca + "/handling", "{\"handling\":\"TRANSFER\",\"on\":\"" + today + "\"}")
			.andExpect(status().isUnprocessableContent());
		postJson(base + "/candidates/" + cd + "/handling",
				"{\"handling\":\"LOWER_POST\",\"on\":\"" + today + "\",\"note\":\"低聘至专技十二级\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.candidates[2].handling").value("LOWER_POST"));
		postJson(base + "/candidates/" + cd + "/handling", "{\"handling\":\"TRANSFER\",\"on\":\"" + today + "\"}")
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/api/v1/posts/competitions").with(officer))
			.andExpect(jsonPath("$.page.totalElements").isNumber());
	}

	private long candidate(String base, long staffId) throws Exception {
		String body = postJson(base + "/candidates", "{\"staffId\":" + staffId + "}").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.<net.minidev.json.JSONArray>read(body,
				"$.candidates[?(@.staffId==" + staffId + ")].id")
			.get(0)).longValue();
	}

	@Test
	void roundsAreAPagedModel() throws Exception {
		mvc.perform(get("/api/v1/recruitment/rounds").with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content").isArray())
			.andExpect(jsonPath("$.page.totalElements").isNumber());
	}

	private ResultActions uploadPlans(List<List<Object>> rows) throws Exception {
		List<List<Object>> all = new ArrayList<>();
		all.add(List.of("单位代码", "执行日期", "核准文件", "岗位等级", "岗位数"));
		all.addAll(rows);
		return mvc.perform(multipart("/api/v1/posts/plans/import")
			.file(new MockMultipartFile("file", "plans.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", SheetFiles.xlsx(all)))
			.param("dryRun", "false")
			.with(officer)
			.with(csrf())
			.header("Accept-Language", "zh-CN"));
	}

	private List<List<Object>> planRows(String code, LocalDate from, int senior, int middle, int junior) {
		String document = "测人社〔2026〕6号";
		return List.of(List.of(code, from, document, "专业技术七级", senior), List.of(code, from, document, "专业技术九级", middle),
				List.of(code, from, document, "专业技术十二级", junior));
	}

	/**
	 * The post plan import (岗位设置方案) writes each plan through the same method as the form:
	 * over the ratio or on a date already planned refused in the plan's first row, an
	 * unknown unit in its own column, a plan at the ratio written.
	 */
	@Test
	void planImportRefusesAsByHandInThePlansFirstRowAndWritesAGoodPlan() throws Exception {
		String code = county.schoolA().code();
		LocalDate from = today.minusMonths(1);
		uploadPlans(planRows(code, from, 2, 3, 5)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].column").value("posts"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("超过最高比例 10%")));
		uploadPlans(planRows("9999999999", from, 1, 3, 6)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].column").value("unit_code"));

		uploadPlans(planRows(code, from, 1, 3, 6)).andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1));
		uploadPlans(planRows(code, from, 1, 3, 6)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].column").value("effective_from"));
	}

}
