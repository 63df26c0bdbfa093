package io.edubureau.rules;

import io.edubureau.EduBureauTest;
import io.edubureau.security.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The principal election through its stable API, at the boundaries of the defaults. */
@EduBureauTest
class ElectionApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	String teacher;

	@BeforeEach
	void setUp() {
		teacher = accounts.account("TEACHER", accounts.county().schoolA());
	}

	ResultActions count(String json, String language) throws Exception {
		return mvc.perform(post("/api/v1/rules/election-outcome").contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.header("Accept-Language", language)
			.with(TestAccounts.basic(teacher)));
	}

	@Test
	void twoThirdsTurnoutExactlyIsValidAndMoreThanHalfElects() throws Exception {
		count("{\"eligible\":30,\"ballotsCast\":20,\"seats\":1,\"votes\":{\"王芳\":11,\"李强\":9}}", "zh-CN")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.elected", contains("王芳")))
			.andExpect(jsonPath("$.runoff", empty()));
	}

	@Test
	void belowTwoThirdsTurnoutIsInvalid() throws Exception {
		count("{\"eligible\":30,\"ballotsCast\":19,\"seats\":1,\"votes\":{\"王芳\":15,\"李强\":4}}", "en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(false))
			.andExpect(jsonPath("$.elected", empty()))
			.andExpect(jsonPath("$.runoff", empty()))
			.andExpect(jsonPath("$.reasons[0]").value(containsString("19 of 30")));
	}

	@Test
	void exactlyHalfIsNotElectedAndTheTwoFirstGoToARunoff() throws Exception {
		count("{\"eligible\":30,\"ballotsCast\":20,\"votes\":{\"王芳\":10,\"李强\":6,\"张伟\":4}}", "en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.elected", empty()))
			.andExpect(jsonPath("$.runoff", contains("王芳", "李强")));
	}

	@Test
	void aTieForSecondPlaceTakesEveryTiedCandidateIntoTheRunoff() throws Exception {
		count("{\"eligible\":30,\"ballotsCast\":20,\"seats\":1,\"votes\":{\"王芳\":9,\"李强\":5,\"张伟\":5,\"赵敏\":1}}", "en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.runoff", contains("王芳", "李强", "张伟")))
			.andExpect(jsonPath("$.reasons", hasItem(containsString("tie"))));
	}

	@Test
	void severalSeatsElectUpToSeatsCandidatesWithMoreThanHalfOrderedByVotes() throws Exception {
		count("{\"eligible\":24,\"ballotsCast\":20,\"seats\":2,\"votes\":{\"张伟\":11,\"王芳\":15,\"李强\":12}}", "en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.elected", contains("王芳", "李强")))
			.andExpect(jsonPath("$.runoff", empty()));
	}

	@Test
	void badInputIsA422() throws Exception {
		count("{\"eligible\":10,\"ballotsCast\":11,\"seats\":1,\"votes\":{\"王芳\":6}}", "zh-CN")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("ballotsCast"));
		count("{\"eligible\":30,\"ballotsCast\":20,\"seats\":1,\"votes\":{\"王芳\":15,\"李强\":6}}", "en")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("votes"));
		count("{\"eligible\":30,\"ballotsCast\":20,\"seats\":1,\"votes\":{\"王芳\":-1}}", "en")
			.andExpect(status().isUnprocessableContent());
		count("{\"eligible\":30,\"ballotsCast\":20,\"seats\":0,\"votes\":{\"王芳\":12}}", "en")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("seats"));
		count("{\"eligible\":30,\"ballotsCast\":20.5,\"seats\":1,\"votes\":{\"王芳\":12}}", "en")
			.andExpect(status().isUnprocessableContent());
	}

}
