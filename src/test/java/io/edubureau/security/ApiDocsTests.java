package io.edubureau.security;

import io.edubureau.EduBureauTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI document: with API credentials, and with the browser session Swagger UI
 * uses.
 */
@EduBureauTest
class ApiDocsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	void theDocumentAnswersApiCredentialsAndASignedInBrowser() throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", accounts.county().bureau());
		mvc.perform(get("/v3/api-docs").with(TestAccounts.basic(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/units/import")));
		mvc.perform(get("/v3/api-docs").with(accounts.as(officer))).andExpect(status().isOk());
		mvc.perform(get("/v3/api-docs")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer ebt_nonsense"))
			.andExpect(status().isUnauthorized());
	}

}
