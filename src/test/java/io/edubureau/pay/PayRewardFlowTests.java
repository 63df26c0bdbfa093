package io.edubureau.pay;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.AppraisalResult;
import io.edubureau.staff.FileCategory;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A school's plan for the reward part of performance pay, end to end: drawn up by the
 * school from the appraisals and the bureau's dated weight (shares in fen summing to the
 * pool), submitted and seen by the teacher, refused changes once submitted, returned with
 * a note, approved by the bureau into a month not locked (a locked one refused) and paid
 * there as a line with its reason; scope, permissions, export and audit.
 */
@EduBureauTest
class PayRewardFlowTests {

	// Appraisals are of past years; the rates of this year are this test's own.
	static final int YEAR = 2019;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	JdbcTemplate jdbc;

	final ObjectMapper json = new ObjectMapper();

	JsonNode body(ResultActions r) throws Exception {
		return json.readTree(r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	void appraise(long staffId, AppraisalResult result) {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test-fixture", null,
				java.util.List.of(new SimpleGrantedAuthority("staff:file:update"),
						new SimpleGrantedAuthority("staff:appraisal:update"))));
		SecurityContextHolder.setContext(context);
		try {
			staff.addFileEntry(DataScope.all(), staffId, FileCategory.APPRAISALS, Map.of("year", YEAR, "result",
					result.name(), "ethics", result == AppraisalResult.INCOMPETENT ? "FAILED" : "PASSED"));
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	@Test
	void aSchoolsPlanFromDraftToPaidInAMonth() throws Exception {
		County county = accounts.county();
		RequestPostProcessor officer = accounts.as(accounts.account("PAY_OFFICER", county.bureau()));
		String adminName = accounts.account("SCHOOL_ADMIN", county.schoolA());
		RequestPostProcessor admin = accounts.as(adminName);
		StaffView excellent = PayFixtures.teacher(accounts, staff, "优秀教师", county.schoolA().code());
		StaffView competent = PayFixtures.teacher(accounts, staff, "合格教师", county.schoolA().code());
		StaffView basic = PayFixtures.teacher(accounts, staff, "基本合格教师", county.schoolA().code());
		StaffView failed = PayFixtures.teacher(accounts, staff, "不合格教师", county.schoolA().code());
		StaffView unappraised = PayFixtures.teacher(accounts, staff, "未考核教师", county.schoolA().code());
		StaffView elsewhere = PayFixtures.teacher(accounts, staff, "乙校教师", county.schoolB().code());
		appraise(excellent.id(), AppraisalResult.EXCELLENT);
		appraise(competent.id(), AppraisalResult.COMPETENT);
		appraise(basic.id(), AppraisalResult.BASICALLY_COMPETENT);
		appraise(failed.id(), AppraisalResult.INCOMPETENT);
		int payYear = PayFixtures.year();
		PayFixtures.importTable(mvc, officer, payYear);
		String csv = "项目,等级或类别,标准（元）\n绩效工资标准,全部,12000\n基础性绩效比例,全部,70\n奖励性绩效等次系数,优秀,150\n";
		mvc.perform(multipart("/api/v1/pay/tables")
			.file(new MockMultipartFile("file", "weights.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("effective_from", YEAR + "-01-01")
			.with(officer)
			.with(csrf())).andExpect(status().isOk());
		for (StaffView p : new StaffView[] { excellent, competent, basic, failed, unappraised, elsewhere }) {
			PayFixtures.enrol(mvc, officer, p.id(), 20, false, String.format("6222%012d", p.id()));
		}
		String form = "{\"unitId\":" + county.schoolA().id() + ",\"year\":" + YEAR + "}";

		// The school draws up its plan: 5 people × 12000 × 30% = 18000 yuan; weights 150
		// (the bureau's), 100, 80 (defaults); the odd fen to the largest remainders.
		JsonNode plan = body(mvc
			.perform(post("/api/v1/pay/rewards").with(admin).with(csrf()).contentType("application/json").content(form))
			.andExpect(status().isCreated()));
		long id = plan.at("/plan/id").asLong();
		assertThat(plan.at("/plan/state").asText()).isEqualTo("DRAFT");
		assertThat(plan.at("/plan/headcount").asInt()).isEqualTo(5);
		assertThat(plan.at("/plan/poolFen").asLong()).isEqualTo(1_800_000);
		assertThat(plan.at("/plan/allocatedFen").asLong()).isEqualTo(1_800_000);
		Map<String, Long> amounts = new java.util.HashMap<>();
		long sum = 0;
		for (JsonNode s : plan.get("shares")) {
			amounts.put(s.get("name").asText(), s.get("amountFen").asLong());
			sum += s.get("amountFen").asLong();
			assertThat(s.get("reasons").size()).as(s.toString()).isPositive();
		}
		assertThat(sum).isEqualTo(1_800_000);
		assertThat(amounts).containsEntry("优秀教师", 818_182L)
			.containsEntry("合格教师", 545_454L)
			.containsEntry("基本合格教师", 436_364L)
			.containsEntry("不合格教师", 0L)
			.containsEntry("未考核教师", 0L)
			.doesNotContainKey("乙校教师");
		assertThat(plan.toString()).contains("REWARD_EXCLUDED: 事业单位工作人员考核规定");

		// One plan per school and year; another county's officer does not see it.
		mvc.perform(post("/api/v1/pay/rewards").with(admin).with(csrf()).contentType("application/json").content(form))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		RequestPostProcessor stranger = accounts.as(accounts.account("PAY_OFFICER", accounts.county().bureau()));
		mvc.perform(get("/api/v1/pay/rewards/{id}", id).with(stranger)).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/pay/rewards").with(accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolB())))
			.with(csrf())
			.contentType("application/json")
			.content(form)).andExpect(status().isNotFound());

		// Submitted: the school cannot approve, nor change it; the teacher sees their
		// share.
		mvc.perform(post("/api/v1/pay/rewards/{id}/submit", id).with(admin).with(csrf()))
			.andExpect(jsonPath("$.plan.state").value("SUBMITTED"));
		mvc.perform(post("/api/v1/pay/rewards/{id}/approve", id).with(admin)
			.with(csrf())
			.contentType("application/json")
			.content("{\"payMonth\":\"" + payYear + "-05\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/pay/rewards/{id}/recompute", id).with(admin).with(csrf()))
			.andExpect(status().isUnprocessableContent());
		RequestPostProcessor teacher = accounts.as(accounts.account("TEACHER", county.schoolA(), excellent.id()));
		mvc.perform(get("/api/v1/pay/staff/{id}/rewards", excellent.id()).with(teacher))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].amountFen").value(818_182))
			.andExpect(jsonPath("$[0].state").value("SUBMITTED"));
		mvc.perform(get("/api/v1/pay/rewards/{id}", id).with(teacher)).andExpect(status().isForbidden());

		// Returned without a reason: refused; with one: a draft again, recomputed as run
		// 2.
		mvc.perform(post("/api/v1/pay/rewards/{id}/return", id).with(officer)
			.with(csrf())
			.contentType("application/json")
			.content("{\"note\":\" \"}")).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/pay/rewards/{id}/return", id).with(officer)
			.with(csrf())
			.contentType("application/json")
			.content("{\"note\":\"请先经教职工大会讨论\"}")).andExpect(jsonPath("$.plan.state").value("DRAFT"));
		mvc.perform(post("/api/v1/pay/rewards/{id}/recompute", id).with(admin).with(csrf()))
			.andExpect(jsonPath("$.plan.run").value(2));
		// Posted a month ago: the notice is over (see PayRewardNoticeTests).
		mvc.perform(post("/api/v1/pay/rewards/{id}/submit", id).with(admin)
			.with(csrf())
			.contentType("application/json")
			.content("{\"noticeFrom\":\"" + java.time.LocalDate.now().minusDays(30) + "\"}"))
			.andExpect(jsonPath("$.plan.state").value("SUBMITTED"));

		// The bureau approves into a month: a locked month is refused, the next is paid.
		String april = payYear + "-04";
		String may = payYear + "-05";
		PayFixtures.computeAndLock(mvc, officer, april);
		mvc.perform(post("/api/v1/pay/rewards/{id}/approve", id).with(officer)
			.with(csrf())
			.contentType("application/json")
			.content("{\"payMonth\":\"" + april + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("month"));
		mvc.perform(post("/api/v1/pay/rewards/{id}/approve", id).with(officer)
			.with(csrf())
			.contentType("application/json")
			.content("{\"payMonth\":\"" + may + "\"}"))
			.andExpect(jsonPath("$.plan.state").value("APPROVED"))
			.andExpect(jsonPath("$.plan.payMonth").value(may));
		mvc.perform(post("/api/v1/pay/months/{m}/compute", may).with(officer).with(csrf())).andExpect(status().isOk());
		JsonNode slip = body(mvc.perform(get("/api/v1/pay/staff/{id}/months/{m}", excellent.id(), may).with(officer)));
		JsonNode reward = null;
		for (JsonNode l : slip.get("lines")) {
			if (l.get("code").asText().equals("PERFORMANCE_REWARD")) {
				reward = l;
			}
		}
		assertThat(reward).as(slip.toString()).isNotNull();
		assertThat(reward.get("amountFen").asLong()).isEqualTo(818_182);
		JsonNode failedSlip = body(
				mvc.perform(get("/api/v1/pay/staff/{id}/months/{m}", failed.id(), may).with(officer)));
		assertThat(failedSlip.get("lines").findValuesAsText("code")).doesNotContain("PERFORMANCE_REWARD");

		// The history, the page in Chinese (no codes), the export, the audited read.
		mvc.perform(get("/pay/rewards/{id}", id).with(admin).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("最大余数")))
			.andExpect(content().string(containsString("已审批")))
			.andExpect(content().string(containsString("请先经教职工大会讨论")))
			.andExpect(content().string(not(containsString("REWARD_EXCLUDED"))))
			.andExpect(content().string(not(containsString("BASICALLY_COMPETENT"))));
		mvc.perform(get("/pay/rewards").param("year", Integer.toString(YEAR)).with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/pay/rewards/" + id)));
		mvc.perform(get("/api/v1/pay/rewards/{id}/export", id).with(admin))
			.andExpect(status().isOk())
			.andExpect(content()
				.contentTypeCompatibleWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where actor = ? and action = 'READ' and entity_type = 'pay.reward'",
				Long.class, adminName))
			.isPositive();
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'EXPORT' and entity_type = 'pay.reward' and entity_id = ?",
				Long.class, Long.toString(id)))
			.isEqualTo(1);
		mvc.perform(get("/api/v1/pay/rewards").param("year", Integer.toString(YEAR)).with(admin))
			.andExpect(jsonPath("$.content[0].id").value(id))
			.andExpect(jsonPath("$.page.totalElements").value(1));
	}

	@Test
	void badInputIsAClearMessageAndChangesNothing() throws Exception {
		County county = accounts.county();
		RequestPostProcessor admin = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA()));
		mvc.perform(post("/api/v1/pay/rewards").with(admin).with(csrf()).contentType("application/json").content("{}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(2));
		// A school without pay records has no plan to make.
		mvc.perform(post("/api/v1/pay/rewards").with(admin)
			.with(csrf())
			.contentType("application/json")
			.content("{\"unitId\":" + county.schoolA().id() + ",\"year\":" + YEAR + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("unitId"));
		mvc.perform(post("/api/v1/pay/rewards").with(admin)
			.with(csrf())
			.contentType("application/json")
			.content("{\"unitId\":" + county.schoolA().id() + ",\"year\":1999}"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/api/v1/pay/rewards/{id}", 987654321L).with(admin)).andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select count(*) from pay_reward_plan where unit_id = ?", Long.class,
				county.schoolA().id()))
			.isZero();
	}

}
