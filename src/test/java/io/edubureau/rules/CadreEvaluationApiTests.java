package io.edubureau.rules;

import io.edubureau.EduBureauTest;
import io.edubureau.security.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The cadre democratic evaluation through its stable API, at the boundaries of the
 * default thresholds (20% admonish, 30% in two consecutive years remove).
 */
@EduBureauTest
class CadreEvaluationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	String teacher;

	@BeforeEach
	void setUp() {
		teacher = accounts.account("TEACHER", accounts.county().schoolA());
	}

	ResultActions evaluate(String json, String language) throws Exception {
		return mvc.perform(post("/api/v1/rules/cadre-evaluation").contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.header("Accept-Language", language)
			.with(TestAccounts.basic(teacher)));
	}

	static String year(int year, int excellent, int competent, int basic, int incompetent) {
		return "{\"year\":" + year + ",\"excellent\":" + excellent + ",\"competent\":" + competent
				+ ",\"basicallyCompetent\":" + basic + ",\"incompetent\":" + incompetent + "}";
	}

	@Test
	void exactlyTwentyPercentIsAnAdmonishment() throws Exception {
		evaluate("{\"years\":[" + year(2024, 10, 30, 8, 2) + "]}", "en").andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("ADMONISH"))
			.andExpect(jsonPath("$.share").value(0.2))
			.andExpect(jsonPath("$.reasons[0]").value(containsString("10 of 50 valid ballots")));
	}

	@Test
	void justBelowTwentyPercentIsNothingEvenWhenTheRoundedShareShowsTwenty() throws Exception {
		// 2000 / 10001 = 19.998%: shown rounded as 0.2000 but below the threshold.
		evaluate("{\"years\":[" + year(2024, 8001, 0, 2000, 0) + "]}", "en").andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("NONE"))
			.andExpect(jsonPath("$.share").value(0.2));
	}

	@Test
	void thirtyPercentInTwoConsecutiveYearsIsARemovalWhateverTheOrder() throws Exception {
		evaluate("{\"years\":[" + year(2024, 14, 0, 5, 1) + "," + year(2023, 7, 0, 3, 0) + "]}", "zh-CN")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("REMOVE"))
			.andExpect(jsonPath("$.share").value(0.3))
			.andExpect(jsonPath("$.reasons", hasItem(containsString("免职"))));
	}

	@Test
	void thirtyPercentWithAGapYearIsOnlyAnAdmonishment() throws Exception {
		evaluate("{\"years\":[" + year(2022, 7, 0, 3, 0) + "," + year(2024, 14, 0, 5, 1) + "]}", "en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("ADMONISH"))
			.andExpect(jsonPath("$.reasons", hasItem(containsString("2023"))));
	}

	@Test
	void thirtyPercentThenBelowIsOnlyAnAdmonishment() throws Exception {
		evaluate("{\"years\":[" + year(2023, 7, 1, 2, 0) + "," + year(2024, 14, 0, 5, 1) + "]}", "en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("ADMONISH"));
	}

	@Test
	void badInputIsA422InTheCallersLanguage() throws Exception {
		evaluate("{\"years\":[" + year(2024, 10, -1, 8, 2) + "]}", "zh-CN").andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("不能为负数")));
		evaluate("{\"years\":[" + year(2024, 0, 0, 0, 0) + "]}", "en").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("no valid ballots")));
		evaluate("{\"years\":[" + year(2024, 10, 30, 8, 2) + "," + year(2024, 1, 1, 1, 1) + "]}", "en")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("2024")));
		evaluate("{}", "en").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("years"));
		evaluate("{\"years\":[]}", "en").andExpect(status().isUnprocessableContent());
		evaluate(
				"{\"years\":[{\"year\":2024,\"excellent\":2.5,\"competent\":1,\"basicallyCompetent\":1,\"incompetent\":0}]}",
				"en")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("whole number")));
		evaluate("{\"years\":[{\"year\":2024,\"excellent\":\"many\",\"competent\":1,\"basicallyCompetent\":1}]}", "en")
			.andExpect(status().isUnprocessableContent());
	}

}
