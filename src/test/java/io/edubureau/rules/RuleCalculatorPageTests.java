package io.edubureau.rules;

import io.edubureau.EduBureauTest;
import io.edubureau.security.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The new calculators on /rules, in Chinese and English, with their refusals. */
@EduBureauTest
class RuleCalculatorPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	String teacher;

	@BeforeEach
	void setUp() {
		teacher = accounts.account("TEACHER", accounts.county().schoolA());
	}

	@Test
	void theCadreEvaluationShowsItsOutcomeInChineseWithoutCodes() throws Exception {
		mvc.perform(get("/rules").param("cadre", "1")
			.param("cy0", "2024")
			.param("ce0", "10")
			.param("cc0", "30")
			.param("cb0", "8")
			.param("ci0", "2")
			.header("Accept-Language", "zh-CN")
			.with(accounts.as(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<dd class=\"col-sm-7\" id=\"cadre-outcome\">诫勉谈话</dd>")))
			.andExpect(content().string(containsString("达到诫勉谈话比例20%以上")))
			.andExpect(content().string(not(containsString(">ADMONISH<"))));
		mvc.perform(get("/rules").param("cadre", "1")
			.param("cy0", "2024")
			.param("ce0", "-3")
			.param("cc0", "30")
			.param("cb0", "8")
			.param("ci0", "2")
			.header("Accept-Language", "en")
			.with(accounts.as(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ballot counts of 2024 cannot be negative")));
	}

	@Test
	void theElectionCountNamesTheRunoff() throws Exception {
		mvc.perform(get("/rules").param("election", "1")
			.param("eligible", "30")
			.param("ballotsCast", "20")
			.param("seats", "1")
			.param("votes", "王芳 10\n李强 6\n张伟 4")
			.header("Accept-Language", "zh-CN")
			.with(accounts.as(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<dd class=\"col-sm-7\" id=\"election-runoff\">王芳、李强</dd>")))
			.andExpect(content().string(containsString("未超过1/2，不能当选")));
		mvc.perform(get("/rules").param("election", "1")
			.param("eligible", "30")
			.param("ballotsCast", "twenty")
			.param("votes", "王芳")
			.header("Accept-Language", "en")
			.with(accounts.as(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is not a whole number")))
			.andExpect(content().string(containsString("is not a name followed by a whole number of votes")));
	}

	@Test
	void thePetitionDeadlinesShowTheHolidayShift() throws Exception {
		mvc.perform(get("/rules").param("received", "2025-09-16")
			.param("accepted", "2025-09-20")
			.header("Accept-Language", "zh-CN")
			.with(accounts.as(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<dd class=\"col-sm-7\" id=\"acceptance-due\">2025-10-09</dd>")))
			.andExpect(content().string(containsString("国庆节、中秋节")));
		mvc.perform(get("/rules").param("received", "2025-02-30")
			.header("Accept-Language", "en")
			.with(accounts.as(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is not a date (YYYY-MM-DD)")));
	}

}
