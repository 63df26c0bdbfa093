package io.edubureau.pay;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.RulesManagement;
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
 * The reward plan's notice (公示): posted for {@code pay.rewardNoticeDays} working days by
 * the holiday calendar, approval refused until the day after its last day and while an
 * objection raised during it is unanswered.
 */
@EduBureauTest
class PayRewardNoticeTests {

	// Appraisals are of past years; this year's performance standard is this test's own.
	static final int YEAR = 2017;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	RulesManagement rules;

	@Autowired
	JdbcTemplate jdbc;

	final ObjectMapper json = new ObjectMapper();

	JsonNode body(ResultActions r) throws Exception {
		return json.readTree(r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	void appraise(long staffId) {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test-fixture", null,
				java.util.List.of(new SimpleGrantedAuthority("staff:file:update"),
						new SimpleGrantedAuthority("staff:appraisal:update"))));
		SecurityContextHolder.setContext(context);
		try {
			staff.addFileEntry(DataScope.all(), staffId, FileCategory.APPRAISALS,
					Map.of("year", YEAR, "result", AppraisalResult.COMPETENT.name(), "ethics", "PASSED"));
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	LocalDate due(LocalDate from) {
		return rules.periodEnd(PolicyRule.PAY_REWARD_NOTICE, from, 5, true).due();
	}

	ResultActions submit(RequestPostProcessor who, long id, LocalDate from) throws Exception {
		return mvc.perform(post("/api/v1/pay/rewards/{id}/submit", id).with(who)
			.with(csrf())
			.contentType("application/json")
			.content("{\"noticeFrom\":\"" + from + "\"}"));
	}

	ResultActions object(RequestPostProcessor who, long id, String raisedBy, LocalDate on) throws Exception {
		return mvc.perform(post("/api/v1/pay/rewards/{id}/objections", id).with(who)
			.with(csrf())
			.contentType("application/json")
			.content("{\"raisedBy\":\"" + raisedBy + "\",\"content\":\"工作量未计入兼课\",\"raisedOn\":\"" + on + "\"}"));
	}

	ResultActions approve(RequestPostProcessor who, long id) throws Exception {
		return mvc.perform(post("/api/v1/pay/rewards/{id}/approve", id).with(who)
			.with(csrf())
			.contentType("application/json")
			.content("{\"payMonth\":\"" + (YEAR + 1) + "-05\"}"));
	}

	@Test
	void approvalWaitsForTheNoticeAndEveryAnswer() throws Exception {
		County county = accounts.county();
		RequestPostProcessor officer = accounts.as(accounts.account("PAY_OFFICER", county.bureau()));
		String adminName = accounts.account("SCHOOL_ADMIN", county.schoolA());
		RequestPostProcessor admin = accounts.as(adminName);
		StaffView teacher = PayFixtures.teacher(accounts, staff, "公示教师", county.schoolA().code());
		appraise(teacher.id());
		String csv = "项目,等级或类别,标准（元）\n岗位工资,10,2380\n薪级工资,20,1215\n绩效工资标准,全部,12000\n基础性绩效比例,全部,70\n";
		mvc.perform(multipart("/api/v1/pay/tables")
			.file(new MockMultipartFile("file", "rates.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("effective_from", YEAR + "-01-01")
			.with(officer)
			.with(csrf())).andExpect(status().isOk());
		PayFixtures.enrol(mvc, officer, teacher.id(), 20, false, "6222021357924680");
		long id = body(mvc
			.perform(post("/api/v1/pay/rewards").with(admin)
				.with(csrf())
				.contentType("application/json")
				.content("{\"unitId\":" + county.schoolA().id() + ",\"year\":" + YEAR + "}"))
			.andExpect(status().isCreated())).at("/plan/id").asLong();

		// The latest first day whose notice is over (its last day before today), and the
		// day after it, whose notice still runs today or later.
		LocalDate today = LocalDate.now();
		LocalDate over = today;
		while (!due(over).isBefore(today)) {
			over = over.minusDays(1);
		}
		LocalDate running = over.plusDays(1);
		assertThat(due(running)).isAfterOrEqualTo(today);

		// A notice cannot start in the future.
		submit(admin, id, today.plusDays(1)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("noticeFrom"));
		JsonNode submitted = body(submit(admin, id, running).andExpect(status().isOk()));
		assertThat(submitted.at("/plan/noticeFrom").asText()).isEqualTo(running.toString());
		assertThat(submitted.at("/plan/noticeUntil").asText()).isEqualTo(due(running).toString());
		approve(officer, id).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("plan"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString(due(running).toString())));

		// Objections during the notice (first and last day included), never outside it.
		object(admin, id, "张老师", running).andExpect(status().isCreated())
			.andExpect(jsonPath("$.objections[0].raisedBy").value("张老师"))
			.andExpect(jsonPath("$.objections[0].answer").doesNotExist());
		object(admin, id, "李老师", running.minusDays(1)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("raisedOn"));
		object(admin, id, " ", running).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("raisedBy"));
		object(accounts.as(accounts.account("TEACHER", county.schoolA(), teacher.id())), id, "张老师", running)
			.andExpect(status().isForbidden());

		// Returned and posted again from a day whose notice is over: the unanswered
		// objection still holds the approval.
		mvc.perform(post("/api/v1/pay/rewards/{id}/return", id).with(officer)
			.with(csrf())
			.contentType("application/json")
			.content("{\"note\":\"重新公示\"}")).andExpect(jsonPath("$.plan.state").value("DRAFT"));
		submit(admin, id, over).andExpect(jsonPath("$.plan.noticeUntil").value(due(over).toString()));
		approve(officer, id).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("1")));
		// The page, in Chinese: the notice and the objection with its answer form.
		mvc.perform(get("/pay/rewards/{id}", id).with(admin).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("公示期")))
			.andExpect(content().string(containsString("工作量未计入兼课")))
			.andExpect(content().string(containsString("答复")))
			.andExpect(content().string(not(containsString("pay.reward."))));
		long objectionId = jdbc.queryForObject("select id from pay_reward_objection where plan_id = ?", Long.class, id);
		// A bad date on the page is refused with a message, nothing recorded.
		mvc.perform(post("/pay/rewards/{id}/objections", id).with(admin)
			.with(csrf())
			.param("raisedBy", "王老师")
			.param("content", "异议")
			.param("raisedOn", "2017-13-40")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select count(*) from pay_reward_objection where plan_id = ?", Long.class, id))
			.isEqualTo(1);

		mvc.perform(post("/api/v1/pay/rewards/{id}/objections/{o}/answer", id, objectionId).with(admin)
			.with(csrf())
			.contentType("application/json")
			.content("{\"answer\":\"已核实，兼课课时已计入工作量\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.objections[0].answer").value("已核实，兼课课时已计入工作量"));
		mvc.perform(post("/api/v1/pay/rewards/{id}/objections/{o}/answer", id, objectionId).with(admin)
			.with(csrf())
			.contentType("application/json")
			.content("{\"answer\":\"再答\"}")).andExpect(status().isUnprocessableContent());
		approve(officer, id).andExpect(status().isOk()).andExpect(jsonPath("$.plan.state").value("APPROVED"));

		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where actor = ? and entity_type = 'pay.reward.objection'", Long.class,
				adminName))
			.isEqualTo(2);
	}

}
