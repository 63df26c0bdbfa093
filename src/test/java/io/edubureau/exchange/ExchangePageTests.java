package io.edubureau.exchange;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The exchange pages: a malformed exemption is a problem of its field and records
 * nothing; a school reads but does not record; another county's teacher is not found.
 */
@EduBureauTest
class ExchangePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	ExchangeManagement exchange;

	@Test
	void malformedExemptionsAreProblemsAndScopeHolds() throws Exception {
		County county = accounts.county();
		StaffView teacher = accounts.asSystem(() -> staff.create(DataScope.all(), TestAccounts
			.teacher(accounts.idNumber(LocalDate.of(1985, 5, 6), false), "页面测试", county.schoolA().code())));
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		var result = mvc
			.perform(post("/exchange/people/{id}/exemptions", teacher.id()).with(accounts.as(officer))
				.with(csrf())
				.param("kind", "HOLIDAY")
				.param("from", "2026-02-30")
				.param("note", "理由"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/exchange/people/" + teacher.id()))
			.andReturn();
		@SuppressWarnings("unchecked")
		List<Problem> problems = (List<Problem>) result.getFlashMap().get("problems");
		assertThat(problems).extracting(Problem::field).containsAnyOf("kind", "from");
		assertThat(accounts.asSystem(() -> exchange.exemptions(DataScope.all(), teacher.id()))).isEmpty();

		mvc.perform(get("/exchange").param("staffId", String.valueOf(teacher.id())).with(accounts.as(officer)))
			.andExpect(redirectedUrl("/exchange/people/" + teacher.id()));
		mvc.perform(get("/exchange/people/{id}", teacher.id()).with(accounts.as(officer))).andExpect(status().isOk());
		String school = accounts.account("SCHOOL_ADMIN", county.schoolA());
		mvc.perform(get("/exchange/people/{id}", teacher.id()).with(accounts.as(school))).andExpect(status().isOk());
		mvc.perform(post("/exchange/people/{id}/exemptions", teacher.id()).with(accounts.as(school))
			.with(csrf())
			.param("kind", "OTHER")
			.param("from", "2026-02-01")
			.param("note", "理由")).andExpect(status().isForbidden());
		County other = accounts.county();
		mvc.perform(get("/exchange/people/{id}", teacher.id())
			.with(accounts.as(accounts.account("BUREAU_OFFICER", other.bureau())))).andExpect(status().isNotFound());
	}

}
