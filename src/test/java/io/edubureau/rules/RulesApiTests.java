package io.edubureau.rules;

import io.edubureau.EduBureauTest;
import io.edubureau.security.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EduBureauTest
class RulesApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	String teacher;

	@BeforeEach
	void setUp() {
		var county = accounts.county();
		teacher = accounts.account("TEACHER", county.schoolA());
	}

	@Test
	void retirementContract() throws Exception {
		mvc.perform(get("/api/v1/rules/retirement").param("birth", "1971-03")
			.param("originalAge", "55")
			.header("Accept-Language", "en")
			.with(TestAccounts.basic(teacher)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.statutoryRetirement").value("2026-07"))
			.andExpect(jsonPath("$.statutoryAge.years").value(55))
			.andExpect(jsonPath("$.statutoryAge.months").value(4))
			.andExpect(jsonPath("$.delayMonths").value(4))
			.andExpect(jsonPath("$.earliestFlexible").value("2026-03"))
			.andExpect(jsonPath("$.latestFlexible").value("2029-07"))
			.andExpect(jsonPath("$.minimumContributionMonths").value(180))
			.andExpect(jsonPath("$.reasons[0]").value(containsString("14 months after")));
	}

	@Test
	void reasonsFollowTheCallersLanguage() throws Exception {
		mvc.perform(get("/api/v1/rules/retirement").param("birth", "1965-01")
			.param("originalAge", "60")
			.header("Accept-Language", "zh-CN")
			.with(TestAccounts.basic(teacher)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reasons[1]").value(containsString("2025-02 退休")));
	}

	@Test
	void badMonthOrAgeIsA400ProblemDetail() throws Exception {
		for (String[] bad : new String[][] { { "1971-13", "55" }, { "1971/03", "55" }, { "1899-12", "55" },
				{ "2101-01", "55" }, { "1971-03", "58" }, { "1971-03", "abc" } }) {
			mvc.perform(get("/api/v1/rules/retirement").param("birth", bad[0])
				.param("originalAge", bad[1])
				.header("Accept-Language", "en")
				.with(TestAccounts.basic(teacher)))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.errors[0].field").exists());
		}
	}

	@Test
	void idNumberContract() throws Exception {
		mvc.perform(
				get("/api/v1/rules/id-number").param("value", " 11010519491231002x ").with(TestAccounts.basic(teacher)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.normalized").value("11010519491231002X"))
			.andExpect(jsonPath("$.birthDate").value("1949-12-31"))
			.andExpect(jsonPath("$.sex").value("FEMALE"));
		mvc.perform(get("/api/v1/rules/id-number").param("value", "110105194912310021")
			.header("Accept-Language", "en")
			.with(TestAccounts.basic(teacher)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(false))
			.andExpect(jsonPath("$.birthDate").doesNotExist())
			.andExpect(jsonPath("$.sex").doesNotExist())
			.andExpect(jsonPath("$.reasons", hasItem(containsString("require X"))));
	}

	@Test
	void administratorsOfSecurityAndAuditHaveNoCalculator() throws Exception {
		String secadmin = accounts.account("SECURITY_ADMIN", null);
		mvc.perform(get("/api/v1/rules/id-number").param("value", "1").with(TestAccounts.basic(secadmin)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/rules/id-number").param("value", "1")).andExpect(status().isUnauthorized());
	}

	@Test
	void thePageShowsTheReasons() throws Exception {
		mvc.perform(get("/rules").param("birth", "1965-01")
			.param("originalAge", "60")
			.header("Accept-Language", "zh-CN")
			.with(accounts.as(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2025-02")))
			.andExpect(content().string(containsString("延迟")));
	}

}
