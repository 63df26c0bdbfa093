package io.edubureau.petitions;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Data scope: the administrator of school A and the officer of another county see none of
 * school B's petitions — in lists, the overdue list, pages and the API — and get 404 for
 * B's ids and for ids that do not exist; registering for a unit outside the scope is
 * refused; the inspector reads everything, masked, and changes nothing.
 */
@EduBureauTest
class PetitionScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PetitionsManagement petitions;

	County county;

	long petitionB;

	String subjectB;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		subjectB = "乙校食堂收费问题" + TestAccounts.uniqueCode();
		petitionB = accounts.asSystem(() -> petitions
			.register(DataScope.unitAndBelow(county.bureau().id()),
					new PetitionForm(county.schoolB().id(), PetitionChannel.LETTER, PetitionCategory.FEES, subjectB,
							"食堂收费过高。", "孙丽", null, null, null, LocalDate.now().minusDays(40), null, null))
			.id());
	}

	@Test
	void anotherSchoolsPetitionsAreNotFound() throws Exception {
		RequestPostProcessor adminA = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA()));
		RequestPostProcessor otherOfficer = accounts
			.as(accounts.account("PETITION_OFFICER", accounts.county().bureau()));
		for (RequestPostProcessor who : List.of(adminA, otherOfficer)) {
			for (String path : List.of("/api/v1/petitions/" + petitionB, "/petitions/" + petitionB,
					"/api/v1/petitions/987654321")) {
				mvc.perform(get(path).with(who)).andExpect(status().isNotFound());
			}
			for (String path : List.of("/api/v1/petitions", "/api/v1/petitions/due", "/petitions", "/petitions/due")) {
				mvc.perform(get(path).with(who)).andExpect(content().string(not(containsString(subjectB))));
			}
		}
		mvc.perform(post("/api/v1/petitions/{id}/decision", petitionB).with(otherOfficer)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accepted\": true, \"decidedOn\": \"" + LocalDate.now() + "\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/petitions").with(otherOfficer)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"unitId": %d, "channel": "CALL", "category": "OTHER", "subject": "x", "matter": "y",
					 "petitionerName": "周", "receivedOn": "%s"}""".formatted(county.schoolB().id(), LocalDate.now())))
			.andExpect(status().isNotFound());
	}

	@Test
	void theBureauAndTheInspectorSeeItMaskedAndTheInspectorChangesNothing() throws Exception {
		RequestPostProcessor officer = accounts.as(accounts.account("BUREAU_OFFICER", county.bureau()));
		RequestPostProcessor inspector = accounts.as(accounts.account("INSPECTOR", county.bureau()));
		mvc.perform(get("/api/v1/petitions/due").with(officer))
			.andExpect(jsonPath("$.content[*].subject", hasItem(subjectB)));
		mvc.perform(get("/api/v1/petitions/{id}", petitionB).with(inspector))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.petition.petitionerName").value("孙*"));
		mvc.perform(post("/api/v1/petitions/{id}/decision", petitionB).with(inspector)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accepted\": true, \"decidedOn\": \"" + LocalDate.now() + "\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/petitions").param("year", "1999").with(officer)).andExpect(status().isBadRequest());
		// The one page shape of every list (docs/api.md), paged in the query.
		mvc.perform(get("/api/v1/petitions/due").param("size", "1").with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.page.size").value(1))
			.andExpect(jsonPath("$.page.totalElements").isNumber());
		mvc.perform(get("/api/v1/petitions").param("size", "0").with(officer)).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/petitions/due").param("page", "-1").with(officer)).andExpect(status().isBadRequest());
	}

}
