package io.edubureau.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.AuditQuery;
import io.edubureau.org.DataScope;
import io.edubureau.security.ScopeChecks;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffForm;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Exchange end to end through the API: eligibility with reasons, the planner meeting both
 * targets, a saved and adopted plan, a posting at the host school and the return, each
 * step in the history and the audit; another school's people answer 404.
 */
@EduBureauTest
class ExchangeFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	AuditManagement audit;

	County county;

	RequestPostProcessor officer;

	List<StaffView> veterans = new ArrayList<>();

	StaffView newcomer;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		officer = accounts.as(accounts.account("BUREAU_OFFICER", county.bureau()));
		LocalDate birth = LocalDate.of(1985, 3, 1);
		for (int i = 0; i < 10; i++) {
			StaffForm f = ScopeChecks.teacher(accounts, "交流甲" + i, county.schoolA().code(), birth,
					LocalDate.now().minusYears(8));
			StaffForm form = i == 0 ? f.toBuilder().backbone(true).build() : f;
			veterans.add(accounts.asSystem(() -> staff.create(DataScope.all(), form)));
		}
		newcomer = accounts.asSystem(() -> staff.create(DataScope.all(),
				ScopeChecks.teacher(accounts, "交流新", county.schoolA().code(), birth, LocalDate.now().minusYears(2))));
	}

	@Test
	void eligibilityGivesItsReasonsInTheCallersLanguage() throws Exception {
		mvc.perform(get("/api/v1/exchange/eligibility/{id}", veterans.get(1).id()).with(officer)
			.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.eligible").value(true))
			.andExpect(jsonPath("$.reasons[0]", containsString("应当交流")));
		mvc.perform(
				get("/api/v1/exchange/eligibility/{id}", newcomer.id()).with(officer).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.eligible").value(false))
			.andExpect(jsonPath("$.reasons[0]", containsString("are full only on")));
	}

	@Test
	void anotherSchoolsPeopleAnswerNotFound() throws Exception {
		RequestPostProcessor adminB = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolB()));
		mvc.perform(get("/api/v1/exchange/eligibility/{id}", veterans.get(1).id()).with(adminB))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/exchange/people/{id}/postings", veterans.get(1).id()).with(adminB))
			.andExpect(status().isNotFound());
		RequestPostProcessor other = accounts.as(accounts.account("BUREAU_OFFICER", accounts.county().bureau()));
		mvc.perform(post("/api/v1/exchange/plans/{y}/propose", LocalDate.now().getYear()).with(other)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"needs\":[{\"unitId\":" + county.schoolB().id() + ",\"count\":3}]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("needs[0].unitId"));
	}

	@Test
	void thePlannersPlanMeetsBothTargetsAndIsExecuted() throws Exception {
		int year = LocalDate.now().getYear();
		String needs = "{\"needs\":[{\"unitId\":" + county.schoolB().id()
				+ ",\"count\":3}],\"kind\":\"SUPPORT_TEACHING\",\"months\":12}";
		mvc.perform(post("/api/v1/exchange/plans/{y}/propose", year).with(officer)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(needs))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.eligible").value(10))
			.andExpect(jsonPath("$.exchanged").value(1))
			.andExpect(jsonPath("$.backbone").value(1))
			.andExpect(jsonPath("$.targetsMet").value(true))
			.andExpect(jsonPath("$.assignments[0].staffId").value(veterans.get(0).id()))
			.andExpect(jsonPath("$.assignments[0].toUnitId").value(county.schoolB().id()));

		String saved = mvc
			.perform(post("/api/v1/exchange/plans/{y}", year).with(officer)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(needs))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long planId = ((Number) JsonPath.read(saved, "$.id")).longValue();
		long postingId = ((Number) JsonPath.read(saved, "$.assignments[0].id")).longValue();

		// Posting before adoption is refused and changes nothing.
		mvc.perform(post("/api/v1/exchange/postings/{id}/post", postingId).with(officer)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"on\":\"" + year + "-09-01\"}")).andExpect(status().isUnprocessableContent());

		mvc.perform(post("/api/v1/exchange/plan-records/{id}/adopt", planId).with(officer).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ADOPTED"))
			.andExpect(jsonPath("$.targetsMet").value(true));
		mvc.perform(post("/api/v1/exchange/postings/{id}/post", postingId).with(officer)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"on\":\"" + year + "-09-01\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("POSTED"))
			.andExpect(jsonPath("$.returnOn").value((year + 1) + "-09-01"));
		// The return cannot come before the start.
		mvc.perform(post("/api/v1/exchange/postings/{id}/return", postingId).with(officer)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"on\":\"" + year + "-08-31\"}")).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/exchange/postings/{id}/return", postingId).with(officer)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"on\":\"" + (year + 1) + "-07-10\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"));

		// Shown from the host school too, and in the person's history.
		RequestPostProcessor adminB = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolB()));
		mvc.perform(get("/api/v1/exchange/postings/{id}", postingId).with(adminB)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/exchange/people/{id}/postings", veterans.get(0).id()).with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].kind").value("SUPPORT_TEACHING"));
		mvc.perform(get("/api/v1/exchange/postings/{id}/history", postingId).with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].to", hasItem("RETURNED")))
			.andExpect(jsonPath("$.length()").value(3));
		assertThat(audit
			.search(new AuditQuery(null, ExchangeManagement.POSTING, String.valueOf(postingId), null, null, null),
					PageRequest.of(0, 10))
			.getContent()).hasSize(2);
	}

	@Test
	void anExemptionInForceTakesThePersonOutOfThePool() throws Exception {
		long id = veterans.get(2).id();
		mvc.perform(
				post("/api/v1/exchange/people/{id}/exemptions", id).with(officer)
					.with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"kind\":\"SERIOUS_ILLNESS\",\"from\":\"" + LocalDate.now().minusMonths(1)
							+ "\",\"note\":\"\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		mvc.perform(post("/api/v1/exchange/people/{id}/exemptions", id).with(officer)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"SERIOUS_ILLNESS\",\"from\":\"" + LocalDate.now().minusMonths(1)
					+ "\",\"note\":\"住院治疗\"}"))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/exchange/eligibility/{id}", id).with(officer).header("Accept-Language", "zh-CN"))
			.andExpect(jsonPath("$.eligible").value(false))
			.andExpect(jsonPath("$.reasons[0]", containsString("重病")));
	}

}
